package se.arena;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads a module's demo content file: a YAML document with one list of entries, each a map. */
public final class DemoYaml {

    private DemoYaml() {
    }

    /**
     * @param owner the demo content class, beside which the file lies in the module's resources
     * @param file  e.g. "demo-networks.yaml"
     * @param list  the document's key for the entries, e.g. "networks"
     */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> entries(Class<?> owner, String file, String list) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (InputStream in = new ClassPathResource(file, owner).getInputStream()) {
            Map<String, Object> document = yaml.load(in);
            return new ArrayList<>((List<Map<String, Object>>) document.get(list));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo content " + file, e);
        }
    }

    /** An entry's value that must be there, as text. */
    public static String text(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        if (value == null) {
            throw new IllegalStateException("Demo content: " + entry + " lacks " + key);
        }
        return value.toString();
    }

    /** An entry's value that may be missing, as text or null. */
    public static String optional(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        return value == null ? null : value.toString();
    }

    public static int number(Map<String, Object> entry, String key) {
        return ((Number) entry.get(key)).intValue();
    }

    /** An entry's list of entries, empty when it has none. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Map<String, Object> entry, String key) {
        return (List<Map<String, Object>>) entry.getOrDefault(key, List.of());
    }

    /** An entry's entry, or null. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, Object> entry, String key) {
        return (Map<String, Object>) entry.get(key);
    }
}
