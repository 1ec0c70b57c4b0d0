package se.arena.activity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.arena.notification.PersonalLinkIssuer;

/** A fresh personal link to a sign-up, when its holder asks for one or staff send its e-mail again. */
@Configuration(proxyBeanMethods = false)
class ActivityLinkIssuers {

    @Bean
    PersonalLinkIssuer signUpLinkIssuer(SignUps signUps) {
        return PersonalLinkIssuer.of(SignUps.LINK_KIND, reference -> signUps.reissueLink(Long.parseLong(reference)));
    }
}
