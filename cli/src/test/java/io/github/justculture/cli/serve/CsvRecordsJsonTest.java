package io.github.justculture.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsJsonTest {

  private static String json(String csv) throws IOException {
    StringWriter out = new StringWriter();
    CsvRecordsJson.write(new StringReader(csv), out);
    return out.toString();
  }

  private static List<String> records(String csv) throws IOException {
    JsonNode array = new ObjectMapper().readTree(json(csv));
    assertThat(array.isArray()).isTrue();
    List<String> records = new ArrayList<>();
    array.forEach(r -> records.add(r.asText()));
    return records;
  }

  @Test
  void eachRecordIsOneStringWithoutItsLineEnd() throws IOException {
    assertThat(json("row,total\n1,\"5.00\"\n")).isEqualTo("[ \"row,total\", \"1,\\\"5.00\\\"\" ]");
    assertThat(records("a,b\r\n1,2\r\n")).containsExactly("a,b", "1,2");
    assertThat(records("a\n\n2\n"))
        .as("an empty line is an empty record")
        .containsExactly("a", "", "2");
  }

  @Test
  void aLineEndInsideQuotesStaysInItsRecord() throws IOException {
    assertThat(records("trust,total\n\"North\nWest\",1\n\"say \"\"hi\"\"\n\",2\n"))
        .containsExactly("trust,total", "\"North\nWest\",1", "\"say \"\"hi\"\"\n\",2");
  }

  @Test
  void noTextIsAnEmptyArrayAndALastRecordNeedsNoLineEnd() throws IOException {
    assertThat(json("")).isEqualTo("[ ]");
    assertThat(records("a\nlast")).containsExactly("a", "last");
  }

  @Test
  void recordsLongerThanTheReadBufferAndTextNeedingEscapesComeThroughWhole() throws IOException {
    String wide = "x".repeat(20_000) + "\u00e9\t\u0001";
    assertThat(records(wide + "\n" + wide + "\n")).containsExactly(wide, wide);
  }
}
