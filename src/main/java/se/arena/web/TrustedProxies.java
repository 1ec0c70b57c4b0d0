package se.arena.web;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto the application believes
 * ({@code arena.security.trusted-proxies}: addresses or CIDR ranges, none by default). Tomcat on
 * its own believes any private or loopback address, so anyone on the same network could pose as
 * any client address, and so slip past the per-address rate limits and fake the audit log.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** Tomcat reads a comma-separated list with a slash in it as CIDR ranges, and anything else as a regular expression. */
    private final String ranges;

    TrustedProxies(@Value("${arena.security.trusted-proxies:}") List<String> proxies) {
        this.ranges = String.join(",", proxies.stream().map(String::strip).filter(proxy -> !proxy.isEmpty())
                .map(TrustedProxies::range).toList());
    }

    /** An address alone is a range of one; names are refused, as they would need DNS on every request. */
    private static String range(String proxy) {
        String address = proxy.contains("/") ? proxy.substring(0, proxy.indexOf('/')) : proxy;
        boolean ipv4 = IPV4.matcher(address).matches();
        if (!ipv4 && !IPV6.matcher(address).matches()) {
            throw new IllegalArgumentException("arena.security.trusted-proxies: '" + proxy
                    + "' is not an IP address or CIDR range (such as 10.0.0.5 or 10.0.0.0/24)");
        }
        if (proxy.contains("/")) {
            return proxy;
        }
        return proxy + (ipv4 ? "/32" : "/128");
    }

    @Override
    public void customize(TomcatWebServerFactory factory) {
        factory.getEngineValves().stream()
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .forEach(valve -> valve.setInternalProxies(ranges));
    }

    /** After Spring Boot's own Tomcat customizer, which adds the valve with Tomcat's defaults. */
    @Override
    public int getOrder() {
        return 1;
    }
}
