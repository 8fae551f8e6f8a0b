package org.governance.web.security;

import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Pages and API answers are the signed-in user's and must not be kept by the browser (after a logout, a cached page
 * would start without a session); only the content-hashed build assets may be cached.
 */
public class NoStoreFilter {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String path = context.normalizedPath();
            context.response().putHeader("Cache-Control", path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-store");
            context.next();
        });
    }
}
