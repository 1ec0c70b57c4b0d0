package se.arena.room.subgroup;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.web.ExportTable;
import se.arena.web.FormErrors;
import se.arena.web.TableExport;

/**
 * Staff divide a network's participants into sub-groups: the app proposes groups by a key and a
 * target, staff move people or organisations between them and confirm; afterwards they rename or
 * remove a group, place newcomers, and export who is in which group.
 */
@Controller
class SubGroupPages {

    private static final String BASE = "/admin/natverk/{networkId}/undergrupper";

    private final SubGroups subGroups;
    private final NetworkCatalogue catalogue;
    private final TableExport export;

    SubGroupPages(SubGroups subGroups, NetworkCatalogue catalogue, TableExport export) {
        this.subGroups = subGroups;
        this.catalogue = catalogue;
        this.export = export;
    }

    @GetMapping(BASE)
    String list(@PathVariable long networkId, Model model) {
        return listPage(model, network(networkId), ProposalForm.empty(), new FormErrors());
    }

    @PostMapping(BASE + "/forslag")
    String propose(@PathVariable long networkId, @ModelAttribute ProposalForm form, HttpServletResponse response, Model model) {
        Network network = network(networkId);
        FormErrors errors = form.validate(network.asksPhase());
        if (errors.isEmpty() && subGroups.propose(network, form.chosenGrouping().orElseThrow(), form.target()).isEmpty()) {
            errors.add("grouping", "Ingen har en plats i nätverket just nu, så det finns ingen att dela in i grupper.");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return listPage(model, network, form, errors);
        }
        return "redirect:/admin/natverk/" + networkId + "/undergrupper/forslag";
    }

    @GetMapping(BASE + "/forslag")
    String proposal(@PathVariable long networkId, Model model) {
        Network network = network(networkId);
        model.addAttribute("network", network);
        model.addAttribute("division", subGroups.latest(network, DivisionStatus.PROPOSED).orElse(null));
        model.addAttribute("confirmed", subGroups.latest(network, DivisionStatus.CONFIRMED).isPresent());
        return "room/subgroup-proposal";
    }

    @PostMapping(BASE + "/forslag/bekrafta")
    String confirm(@PathVariable long networkId, @RequestParam(name = "indelning") long divisionId, HttpServletRequest request,
                   RedirectAttributes redirect) {
        Network network = network(networkId);
        boolean confirmed = subGroups.confirm(network, divisionId, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", confirmed ? "Undergrupperna är bekräftade och gäller från nu."
                : "Förslaget fanns inte längre: det kan redan vara bekräftat eller ersatt av ett nyare.");
        return "redirect:/admin/natverk/" + networkId + "/undergrupper";
    }

    @PostMapping(BASE + "/flytta-deltagare")
    String movePerson(@PathVariable long networkId, @RequestParam(name = "indelning") long divisionId,
                      @RequestParam(name = "deltagare") long registrationId, @RequestParam(name = "grupp") long groupId,
                      RedirectAttributes redirect) {
        Network network = network(networkId);
        boolean moved = subGroups.movePerson(network, divisionId, registrationId, groupId);
        return afterMove(network, divisionId, moved, redirect);
    }

    @PostMapping(BASE + "/flytta-organisation")
    String moveOrganisation(@PathVariable long networkId, @RequestParam(name = "indelning") long divisionId,
                            @RequestParam(name = "organisation") long organisationId, @RequestParam(name = "grupp") long groupId,
                            RedirectAttributes redirect) {
        Network network = network(networkId);
        boolean moved = subGroups.moveOrganisation(network, divisionId, organisationId, groupId);
        return afterMove(network, divisionId, moved, redirect);
    }

    @GetMapping(BASE + "/{subgroupId}")
    String group(@PathVariable long networkId, @PathVariable long subgroupId, Model model) {
        Network network = network(networkId);
        DivisionView.GroupView group = group(network, subgroupId);
        return groupPage(model, network, group, new SubGroupNameForm(group.group().name()), new FormErrors());
    }

    @PostMapping(BASE + "/{subgroupId}")
    String rename(@PathVariable long networkId, @PathVariable long subgroupId, @ModelAttribute SubGroupNameForm form,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Network network = network(networkId);
        DivisionView.GroupView group = group(network, subgroupId);
        FormErrors errors = form.validate();
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return groupPage(model, network, group, form, errors);
        }
        subGroups.rename(network, subgroupId, form.name());
        redirect.addFlashAttribute("message", "Gruppen heter nu " + form.name().strip() + ".");
        return "redirect:/admin/natverk/" + networkId + "/undergrupper/" + subgroupId;
    }

    @PostMapping(BASE + "/{subgroupId}/ta-bort")
    String remove(@PathVariable long networkId, @PathVariable long subgroupId, HttpServletRequest request, RedirectAttributes redirect) {
        Network network = network(networkId);
        DivisionView.GroupView group = group(network, subgroupId);
        subGroups.remove(network, subgroupId, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", "Gruppen " + group.group().name() + " är borttagen; dess deltagare står nu utan grupp.");
        return "redirect:/admin/natverk/" + networkId + "/undergrupper"
                + (group.group().divisionId() == proposalId(network) ? "/forslag" : "");
    }

    /** Links one of the network's activities to the group as its occasion: the group's room page lists it. */
    @PostMapping(BASE + "/{subgroupId}/aktiviteter")
    String linkActivity(@PathVariable long networkId, @PathVariable long subgroupId, @RequestParam(name = "aktivitet", required = false) String activity,
                        HttpServletRequest request, RedirectAttributes redirect) {
        Network network = network(networkId);
        group(network, subgroupId);
        boolean linked = activity != null && activity.matches("\\d{1,18}")
                && subGroups.linkActivity(network, subgroupId, Long.parseLong(activity), SignedInUser.actor(request));
        redirect.addFlashAttribute("message", linked ? "Aktiviteten är kopplad till gruppen."
                : "Ingen aktivitet kopplades: välj en av nätverkets aktiviteter som inte redan är kopplad.");
        return "redirect:/admin/natverk/" + networkId + "/undergrupper/" + subgroupId + "#aktiviteter";
    }

    @PostMapping(BASE + "/{subgroupId}/aktiviteter/ta-bort")
    String unlinkActivity(@PathVariable long networkId, @PathVariable long subgroupId, @RequestParam(name = "aktivitet") long activityId,
                          HttpServletRequest request, RedirectAttributes redirect) {
        Network network = network(networkId);
        group(network, subgroupId);
        boolean unlinked = subGroups.unlinkActivity(network, subgroupId, activityId, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", unlinked ? "Aktiviteten är inte längre kopplad till gruppen." : "Aktiviteten var inte kopplad till gruppen.");
        return "redirect:/admin/natverk/" + networkId + "/undergrupper/" + subgroupId + "#aktiviteter";
    }

    /** Everyone in the confirmed groups, and those in none, for a spreadsheet or a mail merge. */
    @GetMapping(BASE + "/export")
    ResponseEntity<byte[]> export(@PathVariable long networkId, @RequestParam(name = "format", defaultValue = "csv") String format) {
        Network network = network(networkId);
        List<List<String>> rows = subGroups.latest(network, DivisionStatus.CONFIRMED).map(view -> Stream.concat(
                view.groups().stream().flatMap(group -> group.members().stream().map(member -> row(group.group().name(), member))),
                view.ungrouped().stream().map(member -> row("Utan grupp", member))).toList()).orElse(List.of());
        return export.download(new ExportTable("undergrupper-" + network.slug(),
                List.of("Grupp", "Namn", "E-post", "Titel", "Organisation", "Län"), rows), format);
    }

    private static List<String> row(String group, Member member) {
        return List.of(group, member.name(), member.email(), member.title() == null ? "" : member.title(), member.organisationName(),
                member.countyName());
    }

    private String afterMove(Network network, long divisionId, boolean moved, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", moved ? "Flyttningen är gjord." : "Ingen flyttades: välj en deltagare eller organisation och en grupp i listorna.");
        return "redirect:/admin/natverk/" + network.id() + "/undergrupper" + (divisionId == proposalId(network) ? "/forslag" : "");
    }

    private long proposalId(Network network) {
        return subGroups.proposalId(network).orElse(-1L);
    }

    private String listPage(Model model, Network network, ProposalForm form, FormErrors errors) {
        model.addAttribute("network", network);
        model.addAttribute("division", subGroups.latest(network, DivisionStatus.CONFIRMED).orElse(null));
        model.addAttribute("hasProposal", proposalId(network) > 0);
        model.addAttribute("groupings", Grouping.values());
        model.addAttribute("phaseNotAsked", network.asksPhase() ? null : ProposalForm.PHASE_NOT_ASKED);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.asMap());
        return "room/subgroups";
    }

    private String groupPage(Model model, Network network, DivisionView.GroupView group, SubGroupNameForm form, FormErrors errors) {
        model.addAttribute("network", network);
        model.addAttribute("group", group);
        model.addAttribute("occasions", subGroups.occasions(network, group.group().id()));
        model.addAttribute("activities", subGroups.networkActivities(network));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.asMap());
        return "room/subgroup";
    }

    private DivisionView.GroupView group(Network network, long groupId) {
        return subGroups.group(network, groupId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Network network(long id) {
        return catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
