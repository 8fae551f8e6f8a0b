package org.governance.bench;

import java.util.HashMap;
import java.util.Map;

/** "--name value" pairs over defaults; an unknown name is an error. */
final class Args {

    private Args() {
    }

    static Map<String, String> parse(String[] args, Map<String, String> defaults) {
        Map<String, String> options = new HashMap<>(defaults);
        for (int i = 0; i < args.length; i++) {
            if (!defaults.containsKey(args[i]) || i + 1 == args.length) {
                throw new IllegalArgumentException("Unknown option or missing value: " + args[i] + "; options: " + defaults.keySet());
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }
}
