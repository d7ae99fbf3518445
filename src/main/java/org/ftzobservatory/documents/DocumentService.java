package org.ftzobservatory.documents;

import java.util.List;

import org.ftzobservatory.kernel.Vocabulary;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.NotFoundException;
import org.ftzobservatory.kernel.PageResult;
import org.ftzobservatory.kernel.Paging;
import org.ftzobservatory.kernel.Years;
import org.ftzobservatory.registry.ZoneRepository;
import org.springframework.stereotype.Service;

/** Document queries shared by the web pages and the API, with filter values checked against the vocabularies. */
@Service
public class DocumentService {

    private final DocumentRepository documents;
    private final PublishedDocuments published;
    private final ZoneRepository zones;
    private final Vocabulary vocabulary;

    public DocumentService(DocumentRepository documents, ZoneRepository zones, Vocabulary vocabulary, PublishedDocuments published) {
        this.documents = documents;
        this.published = published;
        this.zones = zones;
        this.vocabulary = vocabulary;
    }

    public PageResult<PolicyDocument> search(DocumentFilter f, Paging paging) {
        if (f.type() != null && !f.type().isBlank() && !vocabulary.all("document_types").containsKey(f.type())) {
            throw new BadRequestException("type", "'" + f.type() + "' is not a document type; one of "
                    + vocabulary.all("document_types").keySet());
        }
        if (f.scope() != null && !f.scope().isBlank() && !vocabulary.all("document_scopes").containsKey(f.scope())) {
            throw new BadRequestException("scope", "'" + f.scope() + "' is not one of " + vocabulary.all("document_scopes").keySet());
        }
        if (f.year() != null && !Years.valid(f.year())) {
            throw new BadRequestException("year", "must be between " + Years.FIRST + " and " + Years.LAST);
        }
        if (f.zone() != null && !f.zone().isBlank() && (f.zone().contains("/") || !zones.exists(f.zone()))) {
            throw new BadRequestException("zone", "'" + f.zone() + "' is not an FTZ id");
        }
        return documents.search(f, paging);
    }

    public DocumentDetail detail(String id) {
        PolicyDocument d = documents.find(id).orElseThrow(() -> new NotFoundException("document", id));
        DocumentNumber number = d.number() == null ? null : DocumentNumber.parse(d.number());
        return new DocumentDetail(d, number, documents.relations(id), documents.events(id),
                d.number() == null ? List.of() : published.mentions(d.number()));
    }
}
