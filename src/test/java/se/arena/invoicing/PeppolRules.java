package se.arena.invoicing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.helger.diagnostics.error.level.EErrorLevel;
import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResult;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import com.helger.xml.serialize.read.DOMReader;

/**
 * The official Peppol BIS Billing 3.0 validation, as phive runs it: the UBL 2.1 schema, the
 * EN 16931 rules and the Peppol rules with the national rules (the Swedish SE-R-* among them).
 * Uses the May 2026 release, in force since 17 August 2026; a newer phive-rules-peppol brings the
 * next release and this is where to move to it.
 */
final class PeppolRules {

    static final DVRCoordinate INVOICE = PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3;
    static final DVRCoordinate CREDIT_NOTE = PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3;

    private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY = new ValidationExecutorSetRegistry<>();

    static {
        PeppolValidation.initStandard(REGISTRY);
    }

    private PeppolRules() {
    }

    /** What every layer of the rules said: errors and warnings, and whether a layer was skipped. */
    record Outcome(List<String> errors, List<String> warnings, int layers, int layersRun) {
    }

    static Outcome validate(byte[] xml, DVRCoordinate rules) {
        IValidationExecutorSet<IValidationSourceXML> set = REGISTRY.getOfID(rules);
        if (set == null) {
            throw new IllegalStateException("phive-rules-peppol has no rules " + rules);
        }
        ValidationResultList results = ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(),
                set, ValidationSourceXML.create("document.xml", DOMReader.readXMLDOM(xml)), Locale.ENGLISH);
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        results.forEachFlattened(problem -> (problem.getErrorLevel().isGE(EErrorLevel.ERROR) ? errors : warnings)
                .add(problem.getAsStringLocaleIndepdent()));
        int run = 0;
        for (ValidationResult layer : results) {
            run += layer.isSkipped() ? 0 : 1;
        }
        return new Outcome(errors, warnings, set.getAllExecutors().size(), run);
    }
}
