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
 * <p>The catalogue is the {@code CFDocument}; levels, role families, skill categories, skills,
 * responsibilities and roles are {@code CFItem}s in that order, each typed by a {@code CFItemType}
 * of this project (Career level, Role family, Skill category, Skill, Responsibility, Role) whose
 * identifier is the same in every package; relations are {@code CFAssociation}s; the proficiency
 * scale and the skills' behaviours are {@code CFRubric}s. What CASE has no field for goes into the
 * records' {@code extensions} objects under the member {@code competency}, which the CASE 1.1
 * schema allows on every record (an array of such objects on rubric criterion levels, as the
 * schema has it). Every export validates against the CASE 1.1 CFPackage JSON Schema.
 *
 * <p>An item's name and description: without a description, {@code fullStatement} holds the
 * name; with one, {@code abbreviatedStatement} holds the name and {@code fullStatement} the
 * description. Its id is its {@code humanCodingScheme}. Lists keep their order through
 * {@code sequenceNumber}s.
 *
 * <table class="striped">
 *   <caption>The model in CASE</caption>
 *   <thead>
 *     <tr><th scope="col">Model</th><th scope="col">CASE</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><td>catalogue id</td><td>{@code CFDocument.extensions.competency.id}; the identifier
 *         is the UUID of the id ({@link io.github.competency.interchange.Identifiers})</td></tr>
 *     <tr><td>version, title, description</td><td>{@code CFDocument.version}, {@code title},
 *         {@code description}</td></tr>
 *     <tr><td>language</td><td>{@code CFDocument.language} and every item's {@code language},
 *         as a BCP 47 tag</td></tr>
 *     <tr><td>source: publisher, address</td><td>{@code CFDocument.publisher} (also
 *         {@code creator}, which is the title when there is no publisher) and
 *         {@code officialSourceURL} (an address that is not absolute ASCII goes to the
 *         extension)</td></tr>
 *     <tr><td>source: title, kind of publisher, date, section</td><td>{@code
 *         CFDocument.extensions.competency.source}; a readable summary in {@code notes}, which
 *         import does not read</td></tr>
 *     <tr><td>proficiency scale</td><td>the rubric "Proficiency scale": one criterion without
 *         {@code CFItemURI}, one criterion level per step in catalogue order: {@code quality}
 *         the name, {@code score} the rank, {@code description}, {@code position}, and the
 *         step's id in {@code extensions[0].competency.proficiency}</td></tr>
 *     <tr><td>level</td><td>item of type Career level: id, name, summary as above,
 *         {@code listEnumeration} the rank; {@code isChildOf} the CFDocument</td></tr>
 *     <tr><td>role family</td><td>item of type Role family: id, name, description;
 *         {@code isChildOf} the CFDocument</td></tr>
 *     <tr><td>skill category</td><td>item of type Skill category: id, name, description;
 *         {@code isChildOf} the CFDocument</td></tr>
 *     <tr><td>skill</td><td>item of type Skill: id, name, description; {@code isChildOf} its
 *         category</td></tr>
 *     <tr><td>skill aliases</td><td>{@code conceptKeywords}</td></tr>
 *     <tr><td>skill or role references</td><td>{@code exactMatchOf} to a node whose
 *         {@code identifier} is the code, {@code title} the scheme and the code, {@code uri} the
 *         reference's address (or, without one, the base URI, {@code references/}, the scheme
 *         and the percent-encoded code); the reference itself (scheme, code, rank, address) in
 *         the association's {@code extensions.competency}</td></tr>
 *     <tr><td>skill defined at</td><td>{@code extensions.competency.definedAt}, in scale
 *         order</td></tr>
 *     <tr><td>skill behaviours</td><td>a rubric per skill that has any, titled with its name:
 *         one criterion whose {@code CFItemURI} is the skill, a level per step in scale order,
 *         {@code description} the behaviour, {@code quality} and {@code score} the step's name
 *         and rank, the step's id in the extension</td></tr>
 *     <tr><td>responsibility</td><td>item of type Responsibility: id, title, description;
 *         {@code extensions.competency.area} and {@code indicators}; {@code isRelatedTo} each of
 *         its skills; {@code isChildOf} each role that lists it, numbered by its place there
 *         (the CFDocument if none does)</td></tr>
 *     <tr><td>role</td><td>item of type Role: id, title, summary; {@code isChildOf} its family
 *         when the catalogue declares families, otherwise {@code extensions.competency.family}
 *         and {@code isChildOf} the CFDocument; {@code isRelatedTo} its level;
 *         {@code extensions.competency.collaborators}</td></tr>
 *     <tr><td>role requirements</td><td>{@code isRelatedTo} the skill, numbered by place;
 *         the note in {@code notes}; proficiency, importance and weight in
 *         {@code extensions.competency}</td></tr>
 *     <tr><td>role career steps</td><td>{@code precedes} the next role, numbered by
 *         place</td></tr>
 *     <tr><td>item sources</td><td>{@code extensions.competency.source}, every part</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Identifiers are version 5 UUIDs ({@link io.github.competency.interchange.Identifiers}) of
 * names: the catalogue's id for the CFDocument; catalogue, kind and id joined by slashes for an
 * item ({@code backend/skill/sql}) and a proficiency step's scale level; {@code item-type/} and
 * the kind for a CFItemType; for an association, its origin item's name, its type and what
 * tells it apart ({@code document}, the target's kind and id, or a reference's position:
 * {@code backend/role/senior/precedes/role/staff}); {@code <catalogue>/rubric/proficiency-scale}
 * and {@code <catalogue>/skill/<id>/rubric} for rubrics, with {@code /criterion} for their
 * criterion and {@code /<step>} for a behaviour's level. Every {@code uri} is the base URI, the
 * record's collection ({@code CFItems/} ...) and its identifier; every
 * {@code lastChangeDateTime} the export's timestamp.
 *
 * <h2>CASE: from a CFPackage to the model</h2>
 *
 * <p>Items typed with this project's item types map back exactly, following the table above.
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
 *   <li>rubrics: each criterion's levels, by {@code position}, give the steps 1, 2, 3 ... of one
 *       proficiency scale, named by their {@code quality}; the levels of a criterion whose
 *       {@code CFItemURI} is a skill give its behaviours, those of a criterion of no item the
 *       steps' descriptions;
 *   <li>the CFDocument: title; id a slug of the title; {@code version}, else
 *       {@code lastChangeDateTime}; {@code language}, else the items', else English (with a
 *       warning); {@code publisher}, else {@code creator}, and {@code officialSourceURL} as the
 *       source;
 *   <li>{@code precedes} gives career steps between roles only, {@code isRelatedTo} a role's
 *       level and requirements and a responsibility's skills only; other associations, other
 *       association types ({@code exemplar}, {@code isPeerOf}, {@code ext:} types ...) and
 *       fields the model has no place for ({@code educationLevel}, other frameworks'
 *       {@code CFItemType}, {@code subject}, {@code licenseURI}, {@code adoptionStatus}, other
 *       tools' {@code extensions} ...) are reported as warnings, each with the path and
 *       identifier of its record.
 * </ul>
 *
 * <p>CASE 1.0 packages as OpenSALT serves them read the same way; their identifiers need not be
 * version 4 or 5 UUIDs and their {@code sequenceNumber}s may be strings. Broken packages end in
 * an {@link io.github.competency.core.InvalidCatalogueException} whose problems name the CASE
 * path ({@code CFItems[12].identifier}) with line and column; a catalogue that the package
 * describes but the model refuses (a career cycle, an unknown step) is reported at the records
 * that make it, with the catalogue's path in the message.
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
 * defined at, the requirements, responsibilities, roles, levels and families, nor the
 * descriptions of categories or categories without skills. An import of descriptors another
 * tool wrote takes {@code skillName} (required), {@code skillStatement}, the first of
 * {@code category} (split at semicolons) or {@code categories} (the others are reported),
 * {@code keywords} as aliases, the descriptor itself (scheme {@code rsd}, its uuid and id) and
 * its {@code alignments} and {@code standards} as references (the scheme a slug of
 * {@code isPartOf.name}, else {@code alignment} or {@code standard}), and {@code author} or
 * {@code authors} as the source's publisher; ids are slugs of the names; the language is taken
 * to be English, with a warning; {@code occupations}, {@code certifications} and
 * {@code employers} are reported.
 */
package io.github.competency.interchange;
