package se.arena.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.arena.Paged;
import se.arena.SwedishCollation;

@Repository
class OrganisationRepository {

    private static final String SELECT_ORGANISATION = """
            SELECT o.id, o.type, o.code, o.name, o.org_number, o.population, o.population_year,
                   c.code AS county_code, c.name AS county_name
            FROM organisation o
            JOIN county c ON c.code = o.county_code
            """;

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Paged<Organisation> search(OrganisationFilter filter, int page, int pageSize) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.query() != null) {
            conditions.add("o.name_search LIKE :query");
            params.put("query", "%" + escapeLike(SwedishCollation.searchForm(filter.query())) + "%");
        }
        if (filter.countyCode() != null) {
            conditions.add("o.county_code = :county");
            params.put("county", filter.countyCode());
        }
        if (filter.type() != null) {
            conditions.add("o.type = :type");
            params.put("type", filter.type().name());
        }
        String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);

        long total = jdbc.sql("SELECT count(*) FROM organisation o " + where)
                .params(params)
                .query(Long.class)
                .single();
        int shownPage = Paged.clamp(page, total, pageSize);
        List<Organisation> items = jdbc.sql(SELECT_ORGANISATION + where + """
                 ORDER BY o.name_sort_key, o.type
                 LIMIT :limit OFFSET :offset
                """)
                .params(params)
                .param("limit", pageSize)
                .param("offset", Paged.firstRow(shownPage, pageSize))
                .query(OrganisationRepository::organisation)
                .list();
        return new Paged<>(items, shownPage, pageSize, total);
    }

    List<Organisation> findAll(Collection<Long> ids) {
        return jdbc.sql(SELECT_ORGANISATION + "WHERE o.id IN (:ids) ORDER BY o.name_sort_key, o.type")
                .param("ids", ids)
                .query(OrganisationRepository::organisation)
                .list();
    }

    List<County> counties() {
        return jdbc.sql("SELECT code, name FROM county ORDER BY code")
                .query(County.class)
                .list();
    }

    long count(OrganisationType type) {
        return jdbc.sql("SELECT count(*) FROM organisation WHERE type = :type")
                .param("type", type.name())
                .query(Long.class)
                .single();
    }

    Set<String> countyCodes() {
        return Set.copyOf(jdbc.sql("SELECT code FROM county").query(String.class).list());
    }

    /** Keys of the organisations already stored, as "TYPE:code". */
    Set<String> organisationKeys() {
        return Set.copyOf(jdbc.sql("SELECT type, code FROM organisation")
                .query((rs, row) -> rs.getString("type") + ":" + rs.getString("code"))
                .list());
    }

    void insertCounty(County county) {
        jdbc.sql("INSERT INTO county (code, name) VALUES (:code, :name)")
                .param("code", county.code())
                .param("name", county.name())
                .update();
    }

    void insert(ReferenceOrganisation organisation) {
        jdbc.sql("""
                INSERT INTO organisation (type, code, name, name_search, name_sort_key, county_code,
                                          org_number, population, population_year)
                VALUES (:type, :code, :name, :nameSearch, :nameSortKey, :countyCode,
                        :orgNumber, :population, :populationYear)
                """)
                .param("type", organisation.type().name())
                .param("code", organisation.code())
                .param("name", organisation.name())
                .param("nameSearch", SwedishCollation.searchForm(organisation.name()))
                .param("nameSortKey", SwedishCollation.sortKey(organisation.name()))
                .param("countyCode", organisation.countyCode())
                .param("orgNumber", organisation.orgNumber() == null ? null : organisation.orgNumber().value())
                .param("population", organisation.population())
                .param("populationYear", organisation.populationYear())
                .update();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        String orgNumber = rs.getString("org_number");
        return new Organisation(
                rs.getLong("id"),
                OrganisationType.valueOf(rs.getString("type")),
                rs.getString("code"),
                rs.getString("name"),
                new County(rs.getString("county_code"), rs.getString("county_name")),
                orgNumber == null ? null : new OrganisationNumber(orgNumber),
                rs.getObject("population", Integer.class),
                rs.getObject("population_year", Integer.class));
    }
}
