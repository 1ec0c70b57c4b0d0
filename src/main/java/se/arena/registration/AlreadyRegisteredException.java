package se.arena.registration;

/** The address already holds or waits for a seat in the network. */
class AlreadyRegisteredException extends RuntimeException {

    AlreadyRegisteredException() {
        super("Already registered");
    }
}
