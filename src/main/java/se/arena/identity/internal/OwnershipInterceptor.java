package se.arena.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import se.arena.identity.ResourceOwnership;
import se.arena.identity.SignedInUser;

/**
 * The one place that decides whether a request may touch the record an id in its path names.
 * Staff may touch everything (their pages are also closed to everyone else by URL); anyone
 * else needs a rule for the path variable: "organisationId" is built in, other modules add
 * theirs as {@link ResourceOwnership} beans. An id without a rule is refused, so a new page
 * cannot leak another organisation's data by forgetting a check.
 */
@Component
class OwnershipInterceptor implements HandlerInterceptor {

    private final Map<String, ResourceOwnership> rules;

    OwnershipInterceptor(List<ResourceOwnership> moduleRules) {
        this.rules = moduleRules.stream().collect(Collectors.toMap(ResourceOwnership::pathVariable, Function.identity()));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || variables.isEmpty()) {
            return true;
        }
        if (isStaff(SecurityContextHolder.getContext().getAuthentication())) {
            return true;
        }
        Optional<SignedInUser> user = SignedInUser.current();
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            if (!mayAccess(user, variable.getKey(), variable.getValue())) {
                throw new AccessDeniedException("No access to " + variable.getKey() + " " + variable.getValue());
            }
        }
        return true;
    }

    private boolean mayAccess(Optional<SignedInUser> user, String name, String value) {
        if (name.equals("organisationId")) {
            return user.isPresent() && isNumber(value) && user.get().mayAccessOrganisation(Long.parseLong(value));
        }
        ResourceOwnership rule = rules.get(name);
        if (rule != null) {
            return rule.mayAccess(user, value);
        }
        return !isIdVariable(name);
    }

    private static boolean isStaff(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_STAFF") || authority.getAuthority().equals("ROLE_ADMIN"));
    }

    static boolean isIdVariable(String name) {
        return name.equals("id") || name.endsWith("Id");
    }

    private static boolean isNumber(String value) {
        return value != null && value.matches("\\d{1,18}");
    }
}
