package se.arena.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class TrustedProxiesTest {

    /** A name would be looked up in DNS, whose answer an attacker may control; the setting takes addresses only. */
    @Test
    void aHostNameIsRefusedAtStartWithTheSettingsName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TrustedProxies(List.of("10.0.0.5", "proxy.example.org")))
                .withMessageContaining("arena.security.trusted-proxies").withMessageContaining("proxy.example.org");
        assertThatNoException().isThrownBy(() -> new TrustedProxies(List.of("10.0.0.5", " 10.0.1.0/24", "::1", "fd00::/8", "")));
    }
}
