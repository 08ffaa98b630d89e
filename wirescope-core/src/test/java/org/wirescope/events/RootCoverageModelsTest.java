package org.wirescope.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirescope.config.Limits;
import org.wirescope.model.Event;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;
import org.wirescope.pipeline.Pipeline;
import org.wirescope.pipeline.Stages;

/** Three made-up sentences for each of the 20 CAMEO roots, through the models and the whole pipeline. */
@Tag("models")
class RootCoverageModelsTest {

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.create(Limits.DEFAULTS, Stages.ALL);
    }

    private static String country(Optional<Event.Party> p) {
        return p.flatMap(Event.Party::code).filter(c -> c.length() >= 3).map(c -> c.substring(0, 3)).orElse("-");
    }

    @ParameterizedTest(name = "{0} {1}>{2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            01|ITA|-|Italy expressed optimism about the talks.
            01|FRA|-|France declined to comment on the report.
            01|ESP|-|Spain denied any responsibility for the explosion.
            02|GRC|TUR|Greece appealed to Turkey for calm.
            02|POL|DEU|Poland urged Germany to send more aid.
            02|KEN|-|Kenya appealed for international aid after the floods.
            03|NOR|SWE|Norway offered to mediate between Sweden and Finland.
            03|JPN|KOR|Japan pledged aid to South Korea.
            03|IRN|USA|Iran repeated its willingness for indirect talks with Washington.
            04|IND|PAK|India met with Pakistan in Geneva.
            04|CHN|RUS|China hosted talks with Russia on Monday.
            04|EGY|ISR|Egypt negotiated with Israel over the border crossing.
            05|CAN|MEX|Canada praised Mexico for its reforms.
            05|ARG|-|Argentina and Chile signed a border agreement.
            05|AUS|NZL|Australia apologized to New Zealand.
            06|BRA|ARG|Brazil cooperated with Argentina on trade.
            06|DNK|NOR|Denmark shared intelligence with Norway.
            06|GBR|FRA|Britain extradited the suspect to France.
            07|USA|HTI|The United States provided aid to Haiti.
            07|DEU|UKR|Germany sent humanitarian aid to Ukraine.
            07|SWE|AFG|Sweden granted asylum to Afghan refugees.
            08|RUS|UKR|Russia released Ukrainian prisoners.
            08|ISR|PSE|Israel freed Palestinian detainees on Tuesday.
            08|USA|IRQ|The United States withdrew its troops from Iraq.
            09|GBR|RUS|Britain investigated Russian spies.
            09|FRA|-|France launched an investigation into the crash.
            09|ITA|-|Italy probed the bank.
            10|PSE|ISR|The Palestinians demanded that Israel free the prisoners.
            10|LBN|SYR|Lebanon called for the withdrawal of Syrian troops.
            10|UKR|RUS|Ukraine demanded the release of its sailors from Russia.
            11|KOR|PRK|South Korea accused North Korea of flying drones across the border.
            11|CHN|JPN|China criticized Japan over the shrine visit.
            11|TUR|GRC|Turkey condemned Greece for the arrests.
            12|IRN|USA|Iran rejected the proposal from the United States.
            12|VEN|COL|Venezuela refused to release Colombian prisoners.
            12|SRB|-|Serbia rejected the plan.
            13|IRN|ISR|Iran threatened Israel with military action.
            13|PRK|KOR|North Korea threatened to attack South Korea.
            13|USA|VEN|The United States threatened Venezuela with sanctions.
            14|FRA|FRA|Thousands of French farmers protested in Paris.
            14|GRC|GRC|Greek workers went on strike over wages.
            14|IDN|IDN|Indonesian students demonstrated in Jakarta.
            15|RUS|UKR|Russia deployed troops to the Ukrainian border.
            15|CHN|TWN|China mobilized forces near Taiwan.
            15|IND|-|India held military exercises in the desert.
            16|USA|IRN|The United States imposed sanctions on Iran.
            16|SAU|QAT|Saudi Arabia severed relations with Qatar.
            16|EU|RUS|The European Union sanctioned Russia.
            17|EGY|EGY|Egyptian police arrested dozens of protesters.
            17|IRN|GBR|Iran detained a British national.
            17|TUR|TUR|Turkey jailed Turkish journalists.
            18|SOM|KEN|Somali militants kidnapped Kenyan aid workers.
            18|COL|-|Colombian rebels abducted a mayor.
            18|PAK|AFG|Pakistani gunmen assassinated an Afghan official.
            19|ISR|LBN|Israel attacked Lebanon.
            19|RUS|UKR|Russian forces shelled Ukrainian towns.
            19|IND|PAK|Indian troops clashed with Pakistani troops.
            20|SRB|BIH|Serb forces massacred Bosnian civilians.
            20|SYR|SYR|Syrian forces massacred Syrian civilians.
            20|IRQ|IRN|Iraq used chemical weapons against Iran.
            """)
    void codesTheRootAndDyadOfAMadeUpSentence(String root, String source, String target, String sentence) {
        List<Event> events = pipeline.process(RawDocument.of(Source.of("test:root", Source.Format.TEXT), "Event\n\n" + sentence + "\n"))
                .records().get(0).events();
        assertThat(events).as("%s", events).anySatisfy(e -> {
            assertThat(e.cameo()).startsWith(root);
            assertThat(country(Optional.of(e.source()))).isEqualTo(source.equals("EU") ? "IGO" : source);
            if (!target.equals("-")) assertThat(country(e.target())).isEqualTo(target);
        });
    }
}
