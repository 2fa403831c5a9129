package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.model.Ids;
import io.newsgraph.model.Mention;
import io.newsgraph.model.Relation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityResolverTests {

    final EntityResolver resolver = new EntityResolver(Gazetteer.defaults());

    static Entity entity(EntityType type, String name, String... aliases) {
        Set<String> all = new java.util.LinkedHashSet<>(List.of(aliases));
        all.add(name);
        return new Entity(Ids.entity(type, name), type, name, all, null, null, Set.of(), Set.of());
    }

    static GraphFragment fragment(Entity... entities) {
        Article a = new Article("article:" + Math.abs(List.of(entities).hashCode()), null, null, null, List.of(),
                null, "test:", "text");
        return new GraphFragment(a, List.of(entities),
                List.of(entities).stream().map(e -> new Mention(e.id(), 1)).toList(), List.of());
    }

    Set<String> ids(GraphFragment f) {
        return f.entities().stream().map(Entity::id).collect(Collectors.toSet());
    }

    @Test
    void transliterationVariantsOfAKnownNameAreThatEntity() {
        resolver.resolve(fragment(entity(EntityType.PERSON, "Sarfaraz Bugti"),
                entity(EntityType.PERSON, "Abdul Rahman Zarghoon"),
                entity(EntityType.PARTY, "Tehreek-e-Nizam Pakistan"),
                entity(EntityType.PLACE, "Nokkundi")));
        GraphFragment later = resolver.resolve(fragment(entity(EntityType.PERSON, "Sarfraz Bugti"),
                entity(EntityType.PERSON, "Abdul Rehman Zarghun"),
                entity(EntityType.PARTY, "Tehrik-i-Nizam Pakistan"),
                entity(EntityType.PLACE, "Nokundi")));
        assertEquals(Set.of("person:sarfaraz-bugti", "person:abdul-rahman-zarghoon",
                "party:tehreek-e-nizam-pakistan", "place:nokkundi"), ids(later));
        Entity bugti = later.entities().stream().filter(e -> e.id().equals("person:sarfaraz-bugti")).findFirst()
                .orElseThrow();
        assertEquals("Sarfaraz Bugti", bugti.name(), "the first spelling stays canonical");
        assertTrue(bugti.aliases().contains("Sarfraz Bugti"), "the new spelling becomes an alias");
    }

    @Test
    void similarButDifferentNamesStayApart() {
        resolver.resolve(fragment(entity(EntityType.PERSON, "Imran Hussain"),
                entity(EntityType.PERSON, "Gohar Ali Khan"), entity(EntityType.PERSON, "Ayub Khan")));
        GraphFragment later = resolver.resolve(fragment(entity(EntityType.PERSON, "Imran Hassan"),
                entity(EntityType.PERSON, "Gohar Ayub Khan"), entity(EntityType.PERSON, "Omar Khan"),
                entity(EntityType.PERSON, "Ayub Khan Tareen")));
        assertEquals(Set.of("person:imran-hassan", "person:gohar-ayub-khan", "person:omar-khan",
                "person:ayub-khan-tareen"), ids(later));
    }

    @Test
    void aVariantInTheSameArticleJoinsTheFirstSpelling() {
        GraphFragment f = resolver.resolve(fragment(entity(EntityType.PERSON, "Sarfaraz Bugti"),
                entity(EntityType.PERSON, "Sarfraz Bugti")));
        assertEquals(Set.of("person:sarfaraz-bugti"), ids(f));
        assertEquals(List.of(new Mention("person:sarfaraz-bugti", 2)), f.mentions());
    }

    @Test
    void anAcronymAloneIsTheOneKnownEntityWithIt() {
        Entity zfb = new Entity("group:zomian-freedom-brigade", EntityType.GROUP, "Zomian Freedom Brigade",
                Set.of("Zomian Freedom Brigade", "ZFB"), "ZFB", null, Set.of(), Set.of());
        resolver.resolve(fragment(zfb));
        GraphFragment later = resolver.resolve(fragment(entity(EntityType.ORGANISATION, "ZFB")));
        assertEquals(Set.of("group:zomian-freedom-brigade"), ids(later));
        assertEquals(EntityType.GROUP, later.entities().get(0).type(), "the known type wins");
    }

    @Test
    void aOneWordPersonNameIsTheOneKnownPersonSeenUnderIt() {
        resolver.remember(List.of(new EntityResolver.Known("person:khawaja-asif", EntityType.PERSON, "Khawaja Asif",
                        Set.of("Khawaja Asif", "Asif"), null),
                new EntityResolver.Known("person:imran-khan", EntityType.PERSON, "Imran Khan", Set.of("Khan"), null),
                new EntityResolver.Known("person:ayub-khan", EntityType.PERSON, "Ayub Khan", Set.of("Khan"), null)));
        assertEquals(Set.of("person:khawaja-asif"), ids(resolver.resolve(fragment(entity(EntityType.PERSON,
                "Asif")))));
        assertEquals(Set.of("person:khan"), ids(resolver.resolve(fragment(entity(EntityType.PERSON, "Khan")))),
                "two known people were seen as 'Khan': neither is chosen");
    }

    @Test
    void relationsAndMentionsFollowTheResolvedIds() {
        resolver.resolve(fragment(entity(EntityType.PERSON, "Sarfaraz Bugti")));
        Entity variant = entity(EntityType.PERSON, "Sarfraz Bugti");
        Entity party = entity(EntityType.PARTY, "Zomian People's Party");
        Article a = new Article("article:x", null, null, null, List.of(), null, "test:", "text");
        GraphFragment f = resolver.resolve(new GraphFragment(a, List.of(variant, party),
                List.of(new Mention(variant.id(), 3), new Mention(party.id(), 1)),
                List.of(new Relation("MEMBER_OF", "Person", variant.id(), "Party", party.id(),
                        Map.of("role", "Chief")))));
        assertEquals("person:sarfaraz-bugti", f.relations().get(0).fromId());
        assertTrue(f.mentions().contains(new Mention("person:sarfaraz-bugti", 3)));
        assertFalse(f.mentions().stream().anyMatch(m -> m.entityId().equals(variant.id())));
    }

    @Test
    void gazetteerEntitiesAreAlreadyCanonical() {
        resolver.remember(List.of(new EntityResolver.Known("place:noshki-town", EntityType.PLACE, "Noshki Town",
                Set.of(), null)));
        Entity nushki = entity(EntityType.PLACE, "Nushki", "Noshki");
        assertEquals(Set.of("place:nushki"), ids(resolver.resolve(fragment(nushki))));
    }

    @Test
    void skeletonsAndSpellingRules() {
        assertEquals(resolver.skeleton("Nushki", EntityType.PLACE), resolver.skeleton("Noshki",
                EntityType.PLACE));
        assertEquals(resolver.skeleton("Balochistan Liberation Army", EntityType.GROUP),
                resolver.skeleton("Baloch Liberation Army", EntityType.GROUP));
        assertTrue(resolver.spellingVariants("Tehreek-e-Insaf", "Tehrik-i-Insaf", EntityType.PARTY));
        assertTrue(resolver.spellingVariants("Rahman", "Rehman", EntityType.PERSON));
        assertFalse(resolver.spellingVariants("Hussain", "Hassan", EntityType.PERSON));
        assertFalse(resolver.spellingVariants("Ali", "Ala", EntityType.PERSON), "short words must be equal");
        assertEquals(3, EntityResolver.editDistance("kitten", "sitting"));
    }
}
