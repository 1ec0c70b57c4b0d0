package se.arena.organisation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts all 290 kommuner and 21 regioner into the database at start-up. The data ships inside
 * the jar (copied from SCB's lists); loading is idempotent, so every start may run it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferenceDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);
    private static final CSVFormat WITH_HEADER = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();

    private final OrganisationRepository organisations;
    private final TransactionTemplate transaction;

    ReferenceDataLoader(OrganisationRepository organisations, TransactionTemplate transaction) {
        this.organisations = organisations;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, County> counties = new LinkedHashMap<>();
        List<ReferenceOrganisation> rows = new ArrayList<>();
        read("municipalities.csv", row -> {
            counties.putIfAbsent(row.get("county_code"), new County(row.get("county_code"), row.get("county_name")));
            rows.add(new ReferenceOrganisation(
                    OrganisationType.MUNICIPALITY,
                    row.get("code"),
                    row.get("name"),
                    row.get("county_code"),
                    OrganisationNumber.parse(row.get("org_number")).orElse(null),
                    integerOrNull(row.get("population")),
                    integerOrNull(row.get("population_year"))));
        });
        read("regions.csv", row -> rows.add(new ReferenceOrganisation(
                OrganisationType.REGION,
                row.get("county_code"),
                row.get("name"),
                row.get("county_code"),
                OrganisationNumber.parse(row.get("org_number")).orElse(null),
                null,
                null)));

        try {
            insertMissing(counties.values(), rows);
        } catch (DuplicateKeyException anotherNodeWasFaster) {
            // Two nodes started together: the other one's rows are committed now, so a second
            // pass finds them and adds nothing.
            insertMissing(counties.values(), rows);
        }
        log.info("Reference data: {} kommuner and {} regioner in the database",
                organisations.count(OrganisationType.MUNICIPALITY), organisations.count(OrganisationType.REGION));
    }

    /**
     * Adds what is not there yet. Existing rows are left alone, so corrections staff made
     * (an organisation number, say) survive a restart.
     */
    private void insertMissing(Collection<County> counties, List<ReferenceOrganisation> rows) {
        transaction.executeWithoutResult(status -> {
            Set<String> storedCounties = organisations.countyCodes();
            counties.stream().filter(county -> !storedCounties.contains(county.code())).forEach(organisations::insertCounty);
            Set<String> stored = organisations.organisationKeys();
            rows.stream().filter(row -> !stored.contains(row.key())).forEach(organisations::insert);
        });
    }

    private static void read(String file, Consumer<CSVRecord> eachRow) {
        ClassPathResource resource = new ClassPathResource(file, ReferenceDataLoader.class);
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            WITH_HEADER.parse(reader).forEach(eachRow);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data " + file, e);
        }
    }

    private static Integer integerOrNull(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    }
}
