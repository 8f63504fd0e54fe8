package vn.motcua.workflow.deployment;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Screens an uploaded file for a document type declaration before any BPMN parser reads it. BPMN needs none; refusing
 * it keeps external entities (XXE) and entity expansion (billion laughs) out. The bytes are searched for the
 * declaration as text, and the file is read once by a StAX reader that supports no DTD and resolves no external
 * entity, which also finds a declaration in another encoding (UTF-16) the text search would miss.
 */
final class XmlScreen {

    private XmlScreen() {
    }

    /** Whether the file declares a document type or entities. Malformed XML is left to the BPMN parser's message. */
    static boolean declaresDoctype(byte[] content) {
        String text = new String(content, java.nio.charset.StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            return true;
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION) {
                        return true;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return false;
        }
        return false;
    }
}
