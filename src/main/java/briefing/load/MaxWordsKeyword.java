package briefing.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.AbstractKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;

/**
 * {@code "maxWords": 30}: a text of at most that many words (a quote is the key phrase, not a paragraph). A keyword of
 * our own in the schemas' dialect; JSON Schema lets IDEs read it as an annotation.
 */
final class MaxWordsKeyword implements Keyword {
    static final String NAME = "maxWords";

    @Override
    public String getValue() {
        return NAME;
    }

    @Override
    public KeywordValidator newValidator(SchemaLocation location, JsonNode schemaNode, Schema parent, SchemaContext context) {
        int max = schemaNode.asInt();
        return new AbstractKeywordValidator(NAME, schemaNode, location) {
            @Override
            public void validate(ExecutionContext ctx, JsonNode node, JsonNode rootNode, NodePath instanceLocation) {
                if (!node.isTextual()) return;
                int words = words(node.textValue());
                if (words > max) {
                    ctx.addError(Error.builder().keyword(NAME).instanceLocation(instanceLocation).instanceNode(node)
                            .schemaLocation(location).evaluationPath(ctx.getEvaluationPath()).schemaNode(schemaNode)
                            .arguments(words, max).message(words + " words, " + max + " at most").build());
                }
            }
        };
    }

    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
