/**
 * Party organizations (党组织) and the people of the new employment groups: the organization tree, enterprises and
 * who covers them, people and the development pipeline (发展党员), 两代表一委员 and services, organizational life
 * (三会一课), mobile members (流动党员) with their half-year feedback letters, and the organization figures of the
 * dashboard. No other module calls it: it listens to governance's {@link cn.xinjiuye.portal.governance.CaseFiled}
 * and {@link cn.xinjiuye.portal.governance.CaseRejected} (a worker's report counts for their branch and employer)
 * and offers its figures as a {@link cn.xinjiuye.portal.dashboard.FigureSource}, so its base package holds no API.
 *
 * <h2>One module, on purpose</h2>
 *
 * The parts are one model, linked by JPA associations both ways, and their rules read across them:
 *
 * <ul>
 *   <li>a person has a branch and an employer; a branch's committee alert counts its members, an enterprise's
 *       应建未建 alert counts its full members;
 *   <li>an enterprise is covered by a Party organization;
 *   <li>a meeting belongs to a branch and its attendees must be that branch's people;
 *   <li>a mobile member is a person hosted by a branch: signing the agreement attaches the person to the host branch,
 *       and the feedback letter reports the meetings they attended and the services they did;
 *   <li>who sees what ({@code internal.Scope}) is the same rule everywhere: staff see a region subtree, a branch
 *       secretary the people, meetings and mobile members of their own branches, found through those joins.
 * </ul>
 *
 * Splitting would turn these associations into id-only references, every cross-part rule into an API call or an
 * event, and the scope rule into a query each part repeats; the dashboard figures and the demo data, which count and
 * seed all parts together in SQL, would be split too. None of that buys independence today: the parts change
 * together. The entities' changes also stay package-private ({@code Person.moveTo}, {@code assignBranch}, {@code
 * protectIdNumber}, {@code PartyOrganization.update}), so only the services make them; sub-packages would have to
 * make them public, which is why {@code internal} stays one package.
 *
 * <h2>The seams inside</h2>
 *
 * Where a split would cut, by class:
 *
 * <ul>
 *   <li><b>Party organizations and organizational life</b>: {@code PartyOrganization}, {@code OrganizationService}
 *       (the tree, an organization's page, the form's rules), {@code PartyMeeting}, {@code MeetingService}.
 *   <li><b>People and the pipeline</b>: {@code Person}, {@code PersonService} (the list, a person's page, the form's
 *       rules), {@code PersonalDataReveal} (the audited look at a full ID number), {@code PeopleWorkbook} (Excel
 *       template, import, export), {@code PipelineService}, {@code IdNumbers}, {@code IdNumberProtector}.
 *   <li><b>Enterprises</b>: {@code Enterprise}, {@code EnterpriseService}.
 *   <li><b>Mobile members and letters</b>: {@code MobileMember}, {@code FeedbackLetter}, {@code
 *       MobileMemberService}. The cheapest to cut: it reaches the rest only through {@code PersonService.get},
 *       {@code OrganizationService.get} and {@code branchChoices}, and reads meetings, services and people by
 *       person id. As a module it would need an organization API for those, an event or command to attach a person
 *       to the host branch, its own dashboard figures and its own demo data, which today come with the people they
 *       refer to.
 *   <li><b>Case credits</b>: {@code Affiliations} and {@code CaseCreditListener}, already by id and by event.
 * </ul>
 *
 * <h2>Pages read view records</h2>
 *
 * Every page is one service call that returns one view. The rows of a list come from one JPQL constructor query
 * ({@code PersonRow}, {@code EnterpriseRow} with its member counts, {@code OrganizationRow}, {@code MobileMemberRow},
 * {@code Choice} for select boxes), the late letters from one SQL query, and a detail page maps its one entity to a
 * record in the service ({@code PersonDetail}, {@code OrganizationDetail}, {@code EnterpriseDetail}, {@code
 * MobileMemberDetail}); the leaf records a page lists as they are (pipeline steps, nominations, services, letters
 * sent) have no association the template reads. So every association is lazy, nothing is initialised by hand for a
 * template, and the statements of a page do not grow with its rows ({@code StatementsPerPageIntegrationTest}).
 */
package cn.xinjiuye.portal.organization;
