package org.wirescope.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wirescope.model.Actor;
import org.wirescope.store.ActorQuery;
import org.wirescope.store.ActorRow;
import org.wirescope.store.Store;
import org.wirescope.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wirescope actors}: who appears in the stored articles, counted over all of them. */
@Command(name = "actors", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Lists the actors of the stored articles.", "",
            "Actors with the same name, type and country are counted together over all articles: the "
                + "articles they appear in, their mentions and the quotes they are the speaker of, with "
                + "their most frequent role. The most quoted come first, then the most mentioned. "
                + "Filters ignore case and combine.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  wirescope actors",
            "  wirescope actors --type PERSON --country IRN",
            "  wirescope actors --name tasnim --json",
        })
public final class ActorsCommand implements Callable<Integer> {

    private static final List<String> TYPES = Arrays.stream(Actor.Type.values()).map(Enum::name).toList();

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Option(names = "--name", paramLabel = "NAME", description = "Part of the actor's name.")
    String name;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Only actors of this type: PERSON, ORGANIZATION, MEDIA, COUNTRY, LOCATION or GROUP.")
    String type;

    @Option(names = "--country", paramLabel = "ISO3", description = "Only actors of this country (ISO 3166 alpha-3: IRN, USA).")
    String country;



    @Mixin
    PageOptions paging;

    @Override
    public Integer call() {
        int limit = paging.limit();
        int offset = paging.offset();
        boolean json = paging.json;
        Optional<String> actorType = Optional.ofNullable(type).map(t -> t.strip().toUpperCase(Locale.ROOT));
        if (actorType.isPresent() && !TYPES.contains(actorType.get())) {
            throw new ParameterException(spec.commandLine(), "--type must be one of " + String.join(", ", TYPES)
                    + "; was '" + type + "'");
        }
        Optional<String> iso3 = Optional.ofNullable(country).map(c -> c.strip().toUpperCase(Locale.ROOT));
        if (iso3.isPresent() && !iso3.get().matches("[A-Z]{3}")) {
            throw new ParameterException(spec.commandLine(), "--country takes a three-letter ISO 3166 code "
                    + "such as IRN or USA; was '" + country + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(dbOptions.path())) {
            err.println(Paging.noDatabase("actors", dbOptions.path()));
            return Exits.OK;
        }
        ActorQuery query = new ActorQuery(Optional.ofNullable(name), actorType, iso3, limit, offset);
        try (Store store = Store.open(dbOptions.path())) {
            List<ActorRow> page = store.actors(query);
            if (page.isEmpty()) {
                err.println("wirescope: no actors match" + Paging.why(store, "actors", offset, limit));
                return Exits.OK;
            }
            if (json) {
                for (ActorRow row : page) out.println(ActorTable.json(row));
            } else {
                ActorTable.rows(page).forEach(out::println);
                Paging.footer(page.size(), limit, offset).ifPresent(out::println);
            }
            out.flush();
            return Exits.OK;
        } catch (StoreException e) {
            return Exits.storeError(err, e);
        }
    }
}
