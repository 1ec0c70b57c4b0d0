package se.arena.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.arena.notification.PersonalLinkIssuer;

/** Fresh sign-in and set-up links when staff send such an e-mail again. */
@Configuration(proxyBeanMethods = false)
class AccountLinkIssuers {

    static final String SIGN_IN = "sign-in";
    static final String SET_UP = "set-up";

    @Bean
    PersonalLinkIssuer signInLinkIssuer(SignInService signIn) {
        return PersonalLinkIssuer.of(SIGN_IN, reference -> signIn.reissueSignInLink(Long.parseLong(reference)));
    }

    @Bean
    PersonalLinkIssuer setUpLinkIssuer(AccountSetUp setUp) {
        return PersonalLinkIssuer.of(SET_UP, reference -> setUp.reissueLink(Long.parseLong(reference)));
    }
}
