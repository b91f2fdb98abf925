package ru.mentoring.api.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The chain keys the application knows: the current one, that new links are made with, and the older ones kept
 * to check the links made before a rotation.
 */
public final class ChainKeyring {

    private final ChainKey current;
    private final Map<String, ChainKey> byId = new LinkedHashMap<>();

    public ChainKeyring(ChainKey current, Collection<ChainKey> older) {
        this.current = current;
        older.forEach(key -> byId.put(key.id(), key));
        byId.put(current.id(), current);
    }

    /** The key new links are made with. */
    public ChainKey current() {
        return current;
    }

    /** The key with this id, if the application has it. */
    public Optional<ChainKey> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }
}
