package io.offerkit.common;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * The usual causes of a failure in words for a person: what a message says after "could not read X:" or "could not
 * connect to X:". Java's exceptions name themselves ({@code ConnectException}), say only a path
 * ({@code NoSuchFileException}'s message) or speak of indexes ("Illegal character in path at index 20"); none of
 * that is for the user. One place for it, so every message says the same cause the same way.
 */
public final class Reasons {
    private Reasons() {
    }

    /** Why reading or writing a file failed: "no such file", "permission denied", the system's reason... */
    public static String of(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of its path is a file, not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason(); // the system's words: "No space left on device", "Read-only file system"
        }
        if (e instanceof EOFException) {
            return "the file ends too soon";
        }
        if (e instanceof CharacterCodingException) {
            return "it is not UTF-8 text";
        }
        if (e instanceof OutOfMemoryError) {
            return "not enough memory";
        }
        return readable(e).orElse("an unexpected error");
    }

    /** Why a web server could not be reached, after "could not connect to HOST: ". */
    public static String ofConnection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return "no such host (is the address spelled right, and is this computer online?)";
            }
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
                return "the server did not answer in time";
            }
            if (t instanceof NoRouteToHostException) {
                return "there is no network route to it (is this computer online?)";
            }
            if (t instanceof SSLException) {
                return "its secure connection (HTTPS) could not be set up or its certificate is not trusted";
            }
        }
        if (e instanceof ConnectException) {
            return "the server did not answer";
        }
        return readable(e).map(m -> "the connection failed (" + m + ")").orElse("the connection failed");
    }

    /** What is wrong in an address that does not parse, in words ("it contains a space, which ..."). */
    public static String ofAddress(URISyntaxException e) {
        String input = e.getInput();
        int at = e.getIndex();
        if (e.getReason().startsWith("Illegal character") && at >= 0 && at < input.length()) {
            char c = input.charAt(at);
            // The address itself is shown beside this (the field, or quoted by the caller): say what, not where.
            return Character.isWhitespace(c) ? "it contains a space, which is not allowed in a web address (write %20)"
                    : "it contains the character \"" + c + "\", which is not allowed in a web address";
        }
        return "it is not a complete web address (https://...)";
    }

    /**
     * A library's own message when it is words for a person, without an ending full stop (the caller's sentence
     * goes on); empty when there is none or it is internals: an exception's or a class's name, a stack detail.
     */
    public static Optional<String> readable(Throwable e) {
        return readable(e.getMessage());
    }

    /** {@link #readable(Throwable)} in parentheses after a space, to end a sentence with; "" when there is none. */
    public static String aside(Throwable e) {
        return readable(e).map(words -> " (" + words + ")").orElse("");
    }

    /** {@link #readable(Throwable)} for a message already in hand (a library's "original message"). */
    public static Optional<String> readable(String message) {
        if (message == null || message.isBlank() || message.contains("Exception")
                || message.matches("(?s).*\\b(java|javax|jdk|sun|com|org)\\.[a-z]\\w*\\..*")) {
            return Optional.empty();
        }
        String words = message.strip();
        while (words.endsWith(".")) {
            words = words.substring(0, words.length() - 1);
        }
        return Optional.of(words);
    }
}
