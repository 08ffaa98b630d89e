package org.wirescope.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code wirescope --version}: the build's version, the Java runtime it runs on, the licence. */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "wirescope " + number(),
            "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}",
            "Licence GPL-3.0-or-later: free software, with no warranty."
        };
    }

    /** The build's version ({@code 0.1.0-SNAPSHOT}), or {@code (development build)} outside a Maven build. */
    public static String number() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) return "(development build)";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "(development build)");
        } catch (IOException e) {
            return "(development build)";
        }
    }
}
