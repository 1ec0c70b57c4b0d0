package se.arena.web;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.identity.Role;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;
import static se.arena.identity.TestSignIn.user;

/** The health endpoint tells a load balancer UP or DOWN and tells only staff what lies behind it. */
@SpringBootTest
@AutoConfigureMockMvc
class HealthEndpointTest {

    @Autowired
    MockMvc mvc;

    /** The names of the probe groups (liveness, readiness) stay visible: Kubernetes-style probes use them. */
    @Test
    void anonymousVisitorsAndParticipantsSeeOnlyTheStatus() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}",
                        JsonCompareMode.STRICT));
        mvc.perform(get("/actuator/health").with(as(user(41, Role.PARTICIPANT, Set.of()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void staffSeeEachComponentWithItsDetails() throws Exception {
        for (Role role : new Role[] {Role.STAFF, Role.ADMIN}) {
            mvc.perform(get("/actuator/health").with(as(user(42, role, Set.of()))))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.components.db.status").value("UP"))
                    .andExpect(jsonPath("$.components.db.details.database").exists());
        }
    }
}
