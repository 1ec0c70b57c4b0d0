package se.arena.room.document;

import java.util.Optional;

import se.arena.activity.ActivityDocument;

/** A file as it will be stored: its clean name, the type it is served as and its bytes. */
record NewFile(String name, String contentType, byte[] content) {

    /**
     * The file, once its name, size and bytes pass {@link FileContent}.
     *
     * @return the file, or the Swedish message that says what is wrong with it
     */
    static Result of(String originalName, byte[] content) {
        String name = FileContent.cleanName(originalName);
        Optional<String> problem = FileContent.problem(name, content);
        return problem.map(message -> new Result(null, message))
                .orElseGet(() -> new Result(new NewFile(name, ActivityDocument.contentTypeOf(name), content), null));
    }

    /** Either a file or what is wrong with the one chosen. */
    record Result(NewFile file, String problem) {
    }
}
