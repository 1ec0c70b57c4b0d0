package se.arena.organisation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ReferenceDataIntegrationTest {

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    ReferenceDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void allMunicipalitiesAndRegionsAreInTheDatabase() {
        assertThat(directory.count(OrganisationType.MUNICIPALITY)).isEqualTo(290);
        assertThat(directory.count(OrganisationType.REGION)).isEqualTo(21);
        assertThat(directory.counties()).hasSize(21);
    }

    @Test
    void swedishLettersSurviveTheRoundTrip() {
        assertThat(names(directory.search(OrganisationFilter.of("österåker", null, null), 1, 10).items()))
                .containsExactly("Österåker");
        assertThat(names(directory.search(OrganisationFilter.of("VÄSTRA GÖTALANDS", null, null), 1, 10).items()))
                .containsExactly("Västra Götalandsregionen");
        assertThat(directory.counties()).extracting(County::name).contains("Jönköpings län", "Skåne län", "Örebro län");
    }

    @Test
    void municipalitiesCarryCodeCountyOrganisationNumberAndPopulation() {
        Organisation vasby = directory.search(OrganisationFilter.of("Upplands Väsby", null, null), 1, 1).items().getFirst();
        assertThat(vasby.code()).isEqualTo("0114");
        assertThat(vasby.county()).isEqualTo(new County("01", "Stockholms län"));
        assertThat(vasby.orgNumber()).isEqualTo(new OrganisationNumber("212000-0019"));
        assertThat(vasby.population()).isEqualTo(50323);
        assertThat(vasby.populationYear()).isEqualTo(2024);

        long nationalPopulation = jdbc.sql("SELECT sum(population) FROM organisation WHERE type = 'MUNICIPALITY'")
                .query(Long.class).single();
        assertThat(nationalPopulation).isEqualTo(10_587_710L);
    }

    @Test
    void gotlandIsOneLegalEntityInTwoRolesAndMissingNumbersStayEmpty() {
        List<Organisation> gotland = directory.search(OrganisationFilter.of("gotland", null, null), 1, 10).items();
        assertThat(gotland).extracting(Organisation::type)
                .containsExactlyInAnyOrder(OrganisationType.MUNICIPALITY, OrganisationType.REGION);
        assertThat(gotland).extracting(Organisation::orgNumber).containsOnly(new OrganisationNumber("212000-0803"));

        Organisation sormland = directory.search(OrganisationFilter.of("Region Sörmland", null, null), 1, 1).items().getFirst();
        assertThat(sormland.orgNumber()).isNull();
    }

    @Test
    void loadingAgainAddsNothingAndKeepsStaffCorrections() {
        jdbc.sql("UPDATE organisation SET org_number = '232100-0032' WHERE type = 'REGION' AND code = '04'").update();
        try {
            loader.run(null);
            assertThat(directory.count(OrganisationType.MUNICIPALITY)).isEqualTo(290);
            assertThat(directory.count(OrganisationType.REGION)).isEqualTo(21);
            assertThat(jdbc.sql("SELECT org_number FROM organisation WHERE type = 'REGION' AND code = '04'")
                    .query(String.class).single()).isEqualTo("232100-0032");
        } finally {
            jdbc.sql("UPDATE organisation SET org_number = NULL WHERE type = 'REGION' AND code = '04'").update();
        }
    }

    @Test
    void listsInSwedishAlphabeticalOrder() {
        List<String> all = names(directory.search(OrganisationFilter.of(null, null, "MUNICIPALITY"), 1, 290).items());
        assertThat(all).hasSize(290);
        assertThat(all.getFirst()).isEqualTo("Ale");
        assertThat(all.getLast()).isEqualTo("Övertorneå");
        assertThat(all.indexOf("Åre")).isLessThan(all.indexOf("Älmhult")).isGreaterThan(all.indexOf("Ystad"));
        assertThat(all.indexOf("Älmhult")).isLessThan(all.indexOf("Örebro"));
    }

    private static List<String> names(List<Organisation> organisations) {
        return organisations.stream().map(Organisation::name).toList();
    }
}
