/**
 * Catalogues exchanged with other systems: {@link io.github.competency.interchange.CaseJson}
 * exports and imports 1EdTech CASE 1.1 packages (CFPackage JSON), {@link
 * io.github.competency.interchange.RsdJson} the Open Skills Network's Rich Skill Descriptors.
 * Imports give an {@link io.github.competency.interchange.ImportResult}: a valid catalogue and
 * {@link io.github.competency.interchange.ImportWarning}s about what could not be carried over.
 * {@link io.github.competency.interchange.Identifiers} documents the stable identifiers exports
 * give. Every type is immutable and thread-safe; no method accepts or returns {@code null}.
 *
 * <h2>CASE: from the model to a CFPackage</h2>
 *
 * <p>A CASE tool keeps CASE's own fields; many drop what they do not know, {@code extensions}
 * first. So the export puts everything CASE has a structure for in that structure, and only the
 * rest in the records' {@code extensions} objects, under the member {@code competency} (which
 * the CASE 1.1 schema allows on every record). A package stripped of every {@code extensions}
 * object still imports, with its requirements, their steps and importance, its choice groups
 * and their options, its responsibilities' areas, the scale and the behaviours; what only the
 * extensions carry is then not known, and the import says so. Every export validates against
 * the CASE 1.1 CFPackage JSON Schema.
 *
 * <p>The catalogue is the {@code CFDocument}. The steps of the proficiency scale, the levels, role
 * families, skill categories, skills, responsibilities and roles, each role followed by its
 * requirements, its choice groups and their options, are {@code CFItem}s in that order, each
 * typed by a {@code CFItemType} of this project whose identifier is the same in every package:
 * Proficiency step, Career level, Role family, Skill category, Skill, Responsibility, Role,
 * Essential requirement, Optional requirement, Essential choice group, Optional choice group,
 * Choice option. Relations are {@code CFAssociation}s, in the same order; lists keep their order
 * through {@code sequenceNumber}s. Responsibility areas are {@code CFConcept}s of the {@code
 * CFDefinitions}. The scale and the skills' behaviours are also {@code CFRubric}s.
 *
 * <p>An item's name and description: without a description, {@code fullStatement} holds the
 * name; with one, {@code abbreviatedStatement} holds the name and {@code fullStatement} the
 * description. Its id is its {@code humanCodingScheme}.
 *
 * <table class="striped">
 *   <caption>The model in CASE</caption>
 *   <thead>
 *     <tr><th scope="col">Model</th><th scope="col">CASE's own fields</th>
 *         <th scope="col">{@code extensions.competency}</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><td>catalogue</td><td>{@code CFDocument}: {@code title}, {@code description},
 *         {@code version}, {@code language} (BCP 47, also every item's {@code language}), the
 *         source's publisher as {@code publisher} and {@code creator} (the title if there is
 *         none), its address as {@code officialSourceURL} when it is absolute ASCII, a readable
 *         citation in {@code notes}; the identifier is the UUID of the catalogue's id
 *         ({@link io.github.competency.interchange.Identifiers})</td>
 *         <td>{@code id}, {@code source} (whole)</td></tr>
 *     <tr><td>proficiency step</td><td>item of type Proficiency step: id, name, description,
 *         {@code listEnumeration} the rank; {@code isChildOf} the CFDocument. Also the rubric
 *         "Proficiency scale": one criterion without {@code CFItemURI}, a level per step in
 *         catalogue order with {@code quality} the name, {@code score} the rank, {@code
 *         description} and {@code position}</td><td>-</td></tr>
 *     <tr><td>level</td><td>item of type Career level: id, name, summary, {@code
 *         listEnumeration} the rank; {@code isChildOf} the CFDocument</td><td>-</td></tr>
 *     <tr><td>role family, skill category</td><td>items of type Role family and Skill
 *         category: id, name, description; {@code isChildOf} the CFDocument</td><td>-</td></tr>
 *     <tr><td>skill</td><td>item of type Skill: id, name, description, {@code conceptKeywords}
 *         its aliases; {@code isChildOf} its category; its behaviours a rubric titled with its
 *         name, one criterion whose {@code CFItemURI} is the skill, a level per step in scale
 *         order with {@code description} the behaviour, {@code quality} the step's name and
 *         {@code score} its rank</td><td>{@code definedAt}, {@code source}</td></tr>
 *     <tr><td>skill or role reference</td><td>{@code exactMatchOf}, numbered by place, to a
 *         node whose {@code identifier} is the code, {@code title} the scheme and the code,
 *         {@code uri} the reference's address (or, without one or with one that is not
 *         absolute ASCII, the base URI, {@code references/}, the scheme and the percent-encoded
 *         code)</td><td>on the association: the reference whole ({@code scheme}, {@code code},
 *         {@code rank}, {@code uri})</td></tr>
 *     <tr><td>responsibility</td><td>item of type Responsibility: id, title, description;
 *         {@code conceptKeywordsURI} the CFConcept of its area, whose {@code title} is the area
 *         (one concept per area, in the order the responsibilities name them); {@code
 *         isChildOf} each role that lists it, numbered by its place there (the CFDocument if
 *         none does); {@code isRelatedTo} each of its skills, numbered by place</td>
 *         <td>{@code indicators}, {@code source}</td></tr>
 *     <tr><td>role</td><td>item of type Role: id, title, summary; {@code isChildOf} its
 *         family's item when the catalogue declares families, else the CFDocument; {@code
 *         isRelatedTo} its level; {@code precedes} each next role, numbered by place</td>
 *         <td>{@code family}, {@code collaborators}, {@code source}</td></tr>
 *     <tr><td>requirement</td><td>item of type Essential requirement or Optional requirement,
 *         named after the skill and the step ("PostgreSQL: Practitioner"), its note as the
 *         description; {@code isChildOf} the role, numbered by its place among the role's
 *         children (its responsibilities, then its requirements, then its groups); {@code
 *         isRelatedTo} the skill; {@code hasSkillLevel} the step's item</td>
 *         <td>{@code weight}</td></tr>
 *     <tr><td>choice group</td><td>item of type Essential choice group or Optional choice
 *         group: id, title, note; {@code isChildOf} the role, after its requirements</td>
 *         <td>{@code atLeast} (CASE has no field for it; a package without it gets 1, with a
 *         warning), {@code weight}</td></tr>
 *     <tr><td>option of a choice group</td><td>item of type Choice option, named and
 *         described as a requirement; {@code isPartOf} the group, numbered by place; {@code
 *         isRelatedTo} the skill; {@code hasSkillLevel} the step's item</td><td>-</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>The extension of each record holds exactly the fields of the core's catalogue format for
 * that element that the table does not give CASE fields, spelled and typed as in that format;
 * a field the model gains later travels in the extension until it has a place of its own.
 *
 * <p>Identifiers are version 5 UUIDs ({@link io.github.competency.interchange.Identifiers}) of
 * names: the catalogue's id for the CFDocument; catalogue, kind and id joined by slashes for an
 * item ({@code backend/skill/sql}, {@code backend/proficiency/expert}); the role's name, {@code
 * /requirement/} and the skill for a requirement, {@code /group/} and the group's id for a group,
 * and the group's name, {@code /option/} and the skill for an option; {@code item-type/} and the
 * kind for a CFItemType; the catalogue, {@code /area/} and the area for a CFConcept; for an
 * association, its origin's name, its type and what tells it apart (the target's kind and id, the
 * CFDocument, or a reference's position); {@code <catalogue>/rubric/proficiency-scale} (with
 * {@code /<step>} for its levels) and {@code <catalogue>/skill/<id>/rubric} for rubrics, with
 * {@code /criterion} for their criterion and {@code /<step>} for a behaviour's level. Every
 * {@code uri} is the base URI, the record's collection ({@code CFItems/} ...) and its
 * identifier; every {@code lastChangeDateTime} the export's timestamp.
 *
 * <h2>CASE: from a CFPackage to the model</h2>
 *
 * <p>Items typed with this project's item types map back exactly, following the table above, and
 * their extensions are read strictly: a field the table does not name there is a problem. A
 * package with this project's item types but no extension on its CFDocument (stripped by a tool)
 * gets a warning, a catalogue id made from its title, a role without a family item the family
 * {@code unassigned} and a choice group without its extension an {@code atLeast} of 1, each with
 * a warning; a responsibility without a concept gets the area {@code General}, with a warning.
 * Items of other frameworks map by their place in the hierarchy:
 *
 * <ul>
 *   <li>an item that a skill or another framework's item is {@code isChildOf} becomes a skill
 *       category (categories are flat: a category under a category is kept, with a warning);
 *       every other item becomes a skill, in the category it is {@code isChildOf} (the first if
 *       several, with a warning), or in a category named after the framework;
 *   <li>name: {@code abbreviatedStatement}, else {@code fullStatement}, else
 *       {@code humanCodingScheme}, else the identifier; description: {@code fullStatement} when
 *       it is not the name, then {@code notes}; id: a slug of {@code humanCodingScheme}, else of
 *       the name, made unique;
 *   <li>a skill's aliases: {@code humanCodingScheme}, {@code alternativeLabel},
 *       {@code conceptKeywords}; its references: first the item itself (scheme {@code case},
 *       its identifier and {@code uri}), then each {@code exactMatchOf} target the same way;
 *   <li>items come in the order of the hierarchy: from the CFDocument down, depth first,
 *       siblings by {@code sequenceNumber};
 *   <li>rubrics: a package with step items takes the scale from them and each behaviour's step
 *       from its level's {@code score}; otherwise each criterion's levels, by {@code position},
 *       give the steps 1, 2, 3 ... of one scale, named by their {@code quality}; the levels of a
 *       criterion whose {@code CFItemURI} is a skill give its behaviours, those of a criterion
 *       of no item the steps' descriptions;
 *   <li>the CFDocument: title; id a slug of the title; {@code version}, else
 *       {@code lastChangeDateTime}; {@code language}, else the items', else English (with a
 *       warning); {@code publisher}, else {@code creator}, and {@code officialSourceURL} as the
 *       source;
 *   <li>{@code precedes} gives career steps between roles only, {@code isRelatedTo} a role's
 *       level and the skills of responsibilities, requirements and options, {@code
 *       hasSkillLevel} the step of a requirement or option, {@code isPartOf} an option's group;
 *       other associations, other association types ({@code exemplar}, {@code isPeerOf},
 *       {@code ext:} types ...) and fields the model has no place for ({@code educationLevel},
 *       other frameworks' {@code CFItemType}, {@code subject}, {@code licenseURI}, {@code
 *       adoptionStatus}, other tools' {@code extensions} ...) are reported as warnings, each with
 *       the path and identifier of its record.
 * </ul>
 *
 * <p>Damage is named, not passed over. An {@code isChildOf}, {@code isPartOf} or {@code precedes}
 * association that closes a cycle (an item its own ancestor, a self-loop, a career path that
 * comes back) is left out with a warning that names the items of the cycle: the import walks
 * from each item in document order along these associations in document order, and leaves out
 * the one that leads back to an item on the walk. A CFItem or CFAssociation whose identifier an
 * earlier one has, or a CFItem with the CFDocument's identifier, is left out with a warning at
 * its path. An import keeps at most 1,000 warnings; a last one says how many more there were.
 *
 * <p>CASE 1.0 packages as OpenSALT serves them read the same way; their identifiers need not be
 * version 4 or 5 UUIDs and their {@code sequenceNumber}s may be strings. Broken packages end in
 * an {@link io.github.competency.core.InvalidCatalogueException} whose problems name the CASE
 * path ({@code CFItems[12].identifier}) with line and column; a catalogue that the package
 * describes but the model refuses (a requirement of a skill twice, an unknown step) is reported
 * at the records that make it, with the catalogue's path in the message.
 *
 * <h2>Memory</h2>
 *
 * <p>Imports stream the document once and keep of each record what the mapping uses, so that any
 * document within its {@link io.github.competency.core.json.ReadLimits} is read or refused
 * within a heap of 64 MB plus 8 times its size. Each record, reference and string of a list
 * kept is counted at an estimated cost (an item or a descriptor 768 bytes, an association 192,
 * a rubric level 256, a string 64); a document whose records cost more than 32 MiB and 4 bytes
 * for each of its bytes, as one made of records of a few bytes each would, is refused at the
 * record where the budget ran out. Honest packages, whose records take hundreds of bytes each,
 * stay far below it.
 *
 * <h2>Rich Skill Descriptors</h2>
 *
 * <p>An export is one {@code RichSkillCollection} (the catalogue: {@code uuid} its identifier,
 * {@code name} its title, {@code description}, and its id, version and language under the
 * member {@code competency}) whose {@code skills} are one {@code RichSkillDescriptor} per skill,
 * each a JSON-LD document with the context
 * {@code https://rsd.openskillsnetwork.org/context-v1.json}.
 * The member {@code competency} lies outside the RSD context, so JSON-LD processing ignores it;
 * this library reads it back.
 *
 * <table class="striped">
 *   <caption>A skill as a Rich Skill Descriptor</caption>
 *   <thead>
 *     <tr><th scope="col">Model</th><th scope="col">RSD</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><td>skill id</td><td>{@code competency.id}; {@code uuid} is the skill's identifier,
 *         the same as its CFItem's; {@code id} the base URI, {@code skills/} and the
 *         uuid</td></tr>
 *     <tr><td>name, description</td><td>{@code skillName}, {@code skillStatement}</td></tr>
 *     <tr><td>category</td><td>{@code category} its name, {@code competency.category} its
 *         id</td></tr>
 *     <tr><td>aliases</td><td>{@code keywords}</td></tr>
 *     <tr><td>references (SFIA, ESCO ...)</td><td>{@code alignments}: {@code skillName} the
 *         code, {@code isPartOf.name} the scheme, {@code id} the address, {@code rank} the
 *         rank</td></tr>
 *     <tr><td>source</td><td>{@code competency.source}; {@code author} is its publisher, else
 *         the catalogue's, else the catalogue's title</td></tr>
 *     <tr><td>occupation codes of the roles that require the skill (schemes {@code onet-soc},
 *         {@code isco-08}, {@code esco})</td><td>{@code occupations}: {@code code},
 *         {@code frameworkName} ({@code o*net}, {@code isco}, {@code esco}), {@code id} the
 *         address; written, not read back, as the roles are not in the descriptors</td></tr>
 *     <tr><td>the catalogue</td><td>{@code collections}: its identifier and title</td></tr>
 *     <tr><td>(export metadata)</td><td>{@code status} {@code published};
 *         {@code creationDate}, {@code updateDate}, {@code publishDate} the timestamp;
 *         {@code standards} empty</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>RSD cannot carry the proficiency scale, the skills' behaviours and the steps they are
 * defined at, the requirements and choice groups, responsibilities, roles, levels and families, nor the
 * descriptions of categories or categories without skills. An import of descriptors another
 * tool wrote takes {@code skillName} (required), {@code skillStatement}, the first of
 * {@code category} (split at semicolons) or {@code categories} (the others are reported),
 * {@code keywords} as aliases, the descriptor itself (scheme {@code rsd}, its uuid and id) and
 * its {@code alignments} and {@code standards} as references (the scheme a slug of
 * {@code isPartOf.name}, else {@code alignment} or {@code standard}), and {@code author} or
 * {@code authors} as the source's publisher; ids are slugs of the names; the language is taken
 * to be English, with a warning; {@code occupations}, {@code certifications} and
 * {@code employers} are reported. A descriptor whose {@code uuid} an earlier one has is left out
 * with a warning at its path. Choice groups, being parts of roles, are not carried either.
 */
package io.github.competency.interchange;
