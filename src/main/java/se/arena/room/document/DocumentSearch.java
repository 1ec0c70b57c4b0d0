package se.arena.room.document;

import java.util.List;

import org.springframework.stereotype.Component;

import se.arena.room.RoomAccess;
import se.arena.room.RoomMember;
import se.arena.room.RoomSearch;
import se.arena.room.SearchHit;
import se.arena.room.TextMatch;

/** The room's search finds documents by title (a blank title is the file's name); removed ones and other sub-groups' never. */
@Component
class DocumentSearch implements RoomSearch.Source {

    private final RoomDocumentRepository documents;
    private final TextMatch match;
    private final RoomAccess access;

    DocumentSearch(RoomDocumentRepository documents, TextMatch match, RoomAccess access) {
        this.documents = documents;
        this.match = match;
        this.access = access;
    }

    @Override
    public List<SearchHit> search(RoomMember reader, String query, int limit) {
        return documents.search(reader.networkId(), access.scope(reader), match, query, limit).stream()
                .map(document -> new SearchHit("Dokument", document.title(), document.fileName(),
                        "/rum/" + reader.networkId() + "/dokument/" + document.id(), document.updatedAt()))
                .toList();
    }
}
