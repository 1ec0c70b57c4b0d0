package se.arena.identity.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    /** One IPv6 client holds a whole /64: counting per address would let it rotate past the limit. */
    @Test
    void countsAnIpv6ClientByItsSlash64AndAnIpv4ClientByItsAddress() {
        assertThat(SignInThrottle.network("2001:db8:1:2:aaaa::1")).isEqualTo(SignInThrottle.network("2001:db8:1:2:bbbb::99"))
                .isEqualTo(SignInThrottle.network("2001:0db8:0001:0002:0000:0000:0000:0005"));
        assertThat(SignInThrottle.network("2001:db8:1:3::1")).isNotEqualTo(SignInThrottle.network("2001:db8:1:2::1"));
        assertThat(SignInThrottle.network("192.0.2.7")).isEqualTo("192.0.2.7").isNotEqualTo(SignInThrottle.network("192.0.2.8"));
        assertThat(SignInThrottle.network("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(SignInThrottle.network("unknown")).isEqualTo("unknown");
        assertThat(SignInThrottle.network(null)).isEmpty();
    }
}
