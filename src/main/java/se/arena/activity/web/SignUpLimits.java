package se.arena.activity.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often the open sign-up (an activity open to all, with name, organisation and e-mail) may be
 * used from one client address and for one e-mail address in an hour, since each sign-up e-mails
 * the address typed. Counted per node in memory.
 */
@ConfigurationProperties("arena.activity")
record SignUpLimits(Integer signUpsPerClientPerHour, Integer signUpsPerAddressPerHour) {

    static final Duration WINDOW = Duration.ofHours(1);

    SignUpLimits {
        signUpsPerClientPerHour = signUpsPerClientPerHour == null ? 30 : signUpsPerClientPerHour;
        signUpsPerAddressPerHour = signUpsPerAddressPerHour == null ? 5 : signUpsPerAddressPerHour;
    }
}
