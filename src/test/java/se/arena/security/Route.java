package se.arena.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.server.PathContainer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One method and path the application answers, as Spring MVC maps it: read from every
 * request-mapping handler mapping in the running application (the controllers' and the
 * actuator's), so that a route added tomorrow is in the list without anyone adding it here.
 *
 * @param handler the controller method; null for a route that a servlet filter answers (sign-out)
 */
record Route(RequestMethod method, String pattern, HandlerMethod handler) {

    /** A path variable, {name} or {name:regex}; the regex may itself hold one level of braces, as in \d{1,18}. */
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::((?:[^{}]|\\{[^{}]*})*))?}");

    private static final Set<RequestMethod> STATE_CHANGING =
            EnumSet.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    static List<Route> all(ApplicationContext context) {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                // a mapping without a method answers every method, so each of them is a route
                for (RequestMethod method : methods.isEmpty() ? EnumSet.allOf(RequestMethod.class) : methods) {
                    for (String pattern : info.getPatternValues()) {
                        routes.add(new Route(method, pattern, handler));
                    }
                }
            });
        }
        routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
        return routes;
    }

    boolean changesState() {
        return STATE_CHANGING.contains(method);
    }

    /** Whether the route answers the path, e.g. /anmalan/{token}/uppgifter answers /anmalan/abc/uppgifter. */
    boolean matches(String path) {
        return PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path));
    }

    boolean isUnder(String prefix) {
        return pattern.equals(prefix) || pattern.startsWith(prefix + "/");
    }

    /** A controller method that answers with a Thymeleaf page (a view name), not a download or JSON. */
    boolean rendersPage() {
        return handler != null && handler.getReturnType().getParameterType() == String.class
                && !handler.hasMethodAnnotation(ResponseBody.class)
                && !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
    }

    /** The names of the query parameters the controller method reads, e.g. "q", "natverk", "ar". */
    Set<String> requestParameters() {
        Set<String> parameters = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                parameters.add(requestParam.name().isEmpty() ? requestParam.value() : requestParam.name());
            }
        }
        return parameters;
    }

    List<Variable> variables() {
        List<Variable> variables = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(pattern);
        while (matcher.find()) {
            String before = pattern.substring(0, matcher.start());
            String segmentBefore = before.endsWith("/")
                    ? before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1)
                    : "";
            variables.add(new Variable(matcher.group(1), matcher.group(2), segmentBefore));
        }
        return variables;
    }

    /** The path with each variable replaced by the value the function gives it, and wildcards by one segment. */
    String path(BiFunction<Route, Variable, String> values) {
        StringBuilder path = new StringBuilder();
        Matcher matcher = VARIABLE.matcher(pattern);
        List<Variable> variables = variables();
        int index = 0;
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(values.apply(this, variables.get(index++))));
        }
        matcher.appendTail(path);
        return path.toString().replace("/**", "/x").replace("*", "x");
    }

    /** The route's paths with each variable given every value known for it; empty when a variable has none. */
    Optional<List<String>> paths(Function<Variable, Optional<List<String>>> knownValues) {
        List<Map<String, String>> bindings = new ArrayList<>();
        bindings.add(new LinkedHashMap<>());
        for (Variable variable : variables()) {
            Optional<List<String>> values = knownValues.apply(variable);
            if (values.isEmpty()) {
                return Optional.empty();
            }
            List<Map<String, String>> extended = new ArrayList<>();
            for (Map<String, String> binding : bindings) {
                for (String value : values.get()) {
                    Map<String, String> next = new LinkedHashMap<>(binding);
                    next.put(variable.name(), value);
                    extended.add(next);
                }
            }
            bindings = extended;
        }
        return Optional.of(bindings.stream().map(binding -> path((unused, variable) -> binding.get(variable.name()))).toList());
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }

    /**
     * @param regex         the variable's own pattern, or null
     * @param segmentBefore the literal path segment just before it, which names what it is ("natverk" in natverk/{id})
     */
    record Variable(String name, String regex, String segmentBefore) {

        boolean accepts(String value) {
            return regex == null || value.matches(regex);
        }
    }
}
