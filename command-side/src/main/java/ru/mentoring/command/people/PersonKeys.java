package ru.mentoring.command.people;

import ru.mentoring.api.common.PersonId;

import java.util.List;
import java.util.Optional;

/**
 * The secret key of every person that free text is sealed with ({@link ru.mentoring.api.common.PersonalText}).
 * Erasing a person shreds their key: texts about them can no longer be opened, wherever they are stored.
 */
public interface PersonKeys {

    /**
     * The keys of the given people, in their order, made for those who have none yet; nothing if one of them has
     * been erased (a new text about an erased person is stored already unreadable).
     */
    Optional<List<byte[]>> forSealing(List<PersonId> people);

    /** The keys of the given people, in their order; nothing if one of them has been erased. */
    Optional<List<byte[]>> forOpening(List<PersonId> people);

    /** Destroys the person's key, now and for good: a key made later for them would not open older texts. */
    void shred(PersonId person);
}
