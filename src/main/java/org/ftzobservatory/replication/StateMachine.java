package org.ftzobservatory.replication;

import java.util.List;
import java.util.Set;

import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.security.Role;

/** States and the moves between them, each move with the roles allowed to make it (from workflow.yaml). */
public record StateMachine(String initial, List<State> states, List<Transition> transitions) {

    /** A task state's phase: still to be done (counts as overdue past its deadline). */
    public static final String OPEN = "open";
    /** A task state's phase: done; entering it from an open state sets the landing date. */
    public static final String LANDED = "landed";

    /** {@code phase} is {@link #OPEN} or {@link #LANDED} for task states, null for the innovation's. */
    public record State(String id, Text name, String phase) {
    }

    public record Transition(String from, String to, Set<Role> roles, Set<String> requires, String note) {
    }

    public boolean hasState(String id) {
        return states.stream().anyMatch(s -> s.id().equals(id));
    }

    public Text name(String state) {
        return states.stream().filter(s -> s.id().equals(state)).map(State::name).findFirst().orElse(new Text(state, state));
    }

    /** The ids of the states in a phase, in the file's order. */
    public List<String> inPhase(String phase) {
        return states.stream().filter(s -> phase.equals(s.phase())).map(State::id).toList();
    }

    public boolean isIn(String state, String phase) {
        return states.stream().anyMatch(s -> s.id().equals(state) && phase.equals(s.phase()));
    }

    public List<String> ids() {
        return states.stream().map(State::id).toList();
    }

    /** The move from one state to another, if the table has it. */
    public java.util.Optional<Transition> move(String from, String to) {
        return transitions.stream().filter(t -> t.from().equals(from) && t.to().equals(to)).findFirst();
    }

    /** The states this role may move to from here: what a 409 names, and what the UI offers. */
    public List<String> next(String from, Role role) {
        return transitions.stream().filter(t -> t.from().equals(from) && (role == null || t.roles().contains(role)))
                .map(Transition::to).distinct().toList();
    }
}
