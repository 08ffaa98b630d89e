package org.wirescope.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands input specs (file, directory, glob, {@code -}) to a list of inputs, listing directories
 * without reading any file. Directories are walked recursively, hidden entries (names starting with
 * {@code .}) are skipped, and each spec's files come in path order. A file named by two specs is
 * read once.
 */
final class Specs {

    static final String STDIN = "-";

    private final Path workingDirectory;
    private final List<Input> inputs = new ArrayList<>();
    private final Set<Path> seen = new HashSet<>();
    private boolean stdinSeen;

    private Specs(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    static List<Input> expand(List<String> specs, Path workingDirectory) {
        Specs expansion = new Specs(workingDirectory);
        for (String spec : specs) expansion.add(spec);
        return List.copyOf(expansion.inputs);
    }

    private void add(String spec) {
        if (spec.equals(STDIN)) {
            if (!stdinSeen) inputs.add(new Input.Stdin());
            stdinSeen = true;
            return;
        }
        if (spec.isBlank()) {
            inputs.add(new Input.Unusable(spec, "empty path"));
            return;
        }
        Path path;
        try {
            path = workingDirectory.resolve(spec);
        } catch (InvalidPathException e) {
            inputs.add(new Input.Unusable(spec, "not a valid path: " + e.getReason()));
            return;
        }
        if (Files.isDirectory(path)) {
            addAll(spec, walk(path, null), "directory holds no files");
        } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            addFile(new Input.File(path, sizeOf(path)));
        } else if (Glob.isPattern(spec)) {
            addGlob(spec);
        } else {
            inputs.add(new Input.Unusable(Uris.of(path), Reasons.NO_SUCH_FILE));
        }
    }

    private void addGlob(String spec) {
        String[] segments = spec.split("/", -1);
        int literal = 0;
        while (literal < segments.length - 1 && !Glob.isPattern(segments[literal])) literal++;
        String base = String.join("/", List.of(segments).subList(0, literal));
        if (base.isEmpty() && spec.startsWith("/")) base = "/";
        String pattern = String.join("/", List.of(segments).subList(literal, segments.length));
        Path root = workingDirectory.resolve(base);
        List<Input> matches;
        try {
            matches = Files.isDirectory(root) ? walk(root, Glob.compile(pattern)) : List.of();
        } catch (IllegalArgumentException e) {
            inputs.add(new Input.Unusable(spec, "not a valid glob: " + e.getMessage()));
            return;
        }
        addAll(spec, matches, "no files match the pattern");
    }

    private void addAll(String spec, List<Input> found, String reasonWhenNone) {
        if (found.isEmpty()) {
            inputs.add(new Input.Unusable(Uris.ofSpec(spec, workingDirectory), reasonWhenNone));
            return;
        }
        for (Input input : found) {
            if (input instanceof Input.File file) addFile(file);
            else inputs.add(input);
        }
    }

    private void addFile(Input.File file) {
        if (seen.add(file.path().toAbsolutePath().normalize())) inputs.add(file);
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0; // reading it later reports the problem
        }
    }

    /** Regular files under {@code root} (those matching {@code glob} if given), sorted by path. */
    private static List<Input> walk(Path root, Glob glob) {
        List<Input.File> files = new ArrayList<>();
        List<Input> problems = new ArrayList<>();
        int depth = glob == null ? Integer.MAX_VALUE : glob.maxDepth();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !isHidden(file)
                            && (glob == null || glob.matches(relative(root, file)))) {
                        files.add(new Input.File(file, attributes.size()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!isHidden(file)) {
                        String reason = e instanceof FileSystemLoopException ? "directory loop" : Reasons.of(e);
                        problems.add(new Input.Unusable(Uris.of(file), reason));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Input.Unusable(Uris.of(root), Reasons.of(e)));
        }
        files.sort(Comparator.comparing(Input.File::path));
        List<Input> all = new ArrayList<>(files);
        all.addAll(problems);
        return all;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
