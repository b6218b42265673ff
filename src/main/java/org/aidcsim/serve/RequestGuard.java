package org.aidcsim.serve;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may talk to the server: a loopback server is open to any page the user's browser shows,
 * which can make it send requests (DNS rebinding names the attacker's host as 127.0.0.1). Only
 * requests whose Host is the server's own address, and whose Origin, when the browser sends one,
 * is the server's own page, are answered.
 */
final class RequestGuard {
    private final Set<String> hosts;
    private final Set<String> origins;

    /** @param names the names the server answers to (127.0.0.1, localhost, or the bound address), with its port */
    RequestGuard(Set<String> names, int port) {
        this.hosts = names.stream().map(n -> n.toLowerCase(Locale.ROOT) + ":" + port).collect(Collectors.toSet());
        this.origins = hosts.stream().map(h -> "http://" + h).collect(Collectors.toSet());
    }

    /** Why a request is refused, or empty when it may be answered. */
    Optional<String> refusal(String host, String origin) {
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            return Optional.of("this server answers requests for " + String.join(" or ", hosts.stream().sorted().toList())
                    + " only (found Host " + host + ")");
        }
        if (origin != null && !origin.equals("null") && !origins.contains(origin.toLowerCase(Locale.ROOT))) {
            return Optional.of("this server answers its own page only (expected Origin " + String.join(" or ",
                    origins.stream().sorted().toList()) + ", found " + origin + ")");
        }
        if ("null".equals(origin)) {
            return Optional.of("this server answers its own page only (found Origin null: a sandboxed or file page)");
        }
        return Optional.empty();
    }
}
