package se.arena.room;

import java.util.Optional;
import java.util.function.BiPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.arena.identity.ResourceOwnership;
import se.arena.identity.SignedInUser;

/**
 * The ids in a room's paths, for the access check that every id in a path must pass. The room
 * itself is checked by {@link RoomAccess}, which answers "not found" to anyone outside it; a
 * thread or post is only ever looked up together with that room, so it cannot be reached
 * through a room that is not its own.
 */
@Configuration(proxyBeanMethods = false)
class RoomOwnership {

    @Bean
    ResourceOwnership roomIdOwnership(RoomAccess access) {
        return rule("roomId", (user, id) -> {
            access.enter(Long.parseLong(id));
            return true;
        });
    }

    @Bean
    ResourceOwnership threadIdOwnership() {
        return rule("threadId", (user, id) -> user.isPresent());
    }

    @Bean
    ResourceOwnership postIdOwnership() {
        return rule("postId", (user, id) -> user.isPresent());
    }

    /** A room document, its versions and a meeting's documentation are likewise only looked up within the room. */
    @Bean
    ResourceOwnership documentIdOwnership() {
        return rule("documentId", (user, id) -> user.isPresent());
    }

    /**
     * A sub-group in a room's path is only looked up among the groups the member may see (see
     * {@link SubGroupScope}); staff's pages under /admin are closed to everyone else by URL.
     */
    @Bean
    ResourceOwnership subgroupIdOwnership() {
        return rule("subgroupId", (user, id) -> user.isPresent());
    }

    @Bean
    ResourceOwnership versionIdOwnership() {
        return rule("versionId", (user, id) -> user.isPresent());
    }

    @Bean
    ResourceOwnership meetingDocumentIdOwnership() {
        return rule("meetingDocumentId", (user, id) -> user.isPresent());
    }

    private static ResourceOwnership rule(String variable, BiPredicate<Optional<SignedInUser>, String> rule) {
        return new ResourceOwnership() {
            @Override
            public String pathVariable() {
                return variable;
            }

            @Override
            public boolean mayAccess(Optional<SignedInUser> user, String id) {
                return id.matches("\\d{1,18}") && rule.test(user, id);
            }
        };
    }
}
