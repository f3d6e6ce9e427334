package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.images.DemoPictures;
import cn.xinjiuye.portal.common.time.MovableClock;
import cn.xinjiuye.portal.demo.DemoPlan;
import cn.xinjiuye.portal.region.RegionService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Plans the life of a demo case as the steps its people take through the governance services: filed by a worker, a
 * member of the public or staff ({@link CaseFiling}), accepted, assigned, started, given back, extended, resolved and
 * verified ({@link CaseWorkflowService}), rated by its reporter on the tracking page ({@link CaseTracking}). Every
 * step is planned at its own instant; a step that would fall on today or later is not planned, nor any after it: the
 * case stays where its life had got to, running or overdue, as the recent cases of a real district do.
 *
 * <p>The steps of one user in one hour run as one step of the plan, each at its own instant (the clock is held at
 * it): hundreds of cases a month would otherwise cost the demo's load a signing-in and a flush per action. Two steps
 * of one case by different people never share an hour, so each still sees the case as the step before left it.
 */
@Component
@RequiredArgsConstructor
class DemoCaseLives {

    private final CaseFiling filing;
    private final CaseWorkflowService workflow;
    private final CaseTracking tracking;
    private final GovCaseRepository cases;
    private final RegionService regions;
    private final Clock clock;
    private final AtomicInteger filed = new AtomicInteger();

    /** The hour batches of the plan being made: (user, hour) to its actions. */
    private final Map<DemoPlan, Map<String, List<Timed>>> batches = new HashMap<>();

    private record Timed(LocalDateTime at, Runnable action) {}

    /** Who files: a signed-in worker (username), staff for a resident (username, name, phone) or the public. */
    record Filer(String username, String name, String phone, String address) {

        /** A worker, whose username is their mobile number (the number their report gives). */
        static Filer worker(String username, String address) {
            return new Filer(username, null, username, address);
        }

        static Filer resident(String name, String phone, String address) {
            return new Filer(null, name, phone, address);
        }

        static Filer staff(String username, String name, String phone) {
            return new Filer(username, name, phone, "10.0.0.1");
        }
    }

    /** A case from the reporting page; the reporter's phone (when known) rates it later. */
    Life file(
            DemoPlan plan,
            LocalDateTime at,
            Filer filer,
            String communityCode,
            CaseSource source,
            CaseCategory category,
            String text,
            boolean green) {
        Life life = new Life(plan, filer.phone());
        life.step(at, filer.username(), () -> {
            long community = regions.findByCode(communityCode).orElseThrow().getId();
            String no = filing.file(
                    new CaseFiling.Report(
                            source,
                            category,
                            text,
                            null,
                            null,
                            null,
                            community,
                            filer.name(),
                            filer.phone(),
                            green,
                            false),
                    photos(),
                    filer.address());
            GovCase c = cases.findByCaseNo(no).orElseThrow();
            life.id.set(c.getId());
            life.caseNo.set(no);
            if (life.phone == null) {
                life.phone = c.getReporterPhone();
            }
        });
        return life;
    }

    /** One case in 25 comes with a photo (drawn, not downloaded), so that the case pages show what one looks like. */
    private List<byte[]> photos() {
        int n = filed.incrementAndGet();
        return n % 25 == 1 ? List.of(DemoPictures.street(n)) : List.of();
    }

    /** A case filed by another step (a concern-list item of a reception): its id is known when that step has run. */
    Life filedElsewhere(DemoPlan plan, LocalDateTime filedAt, LongSupplier id, String phone) {
        Life life = new Life(plan, phone);
        life.last = filedAt;
        life.filedBy = id;
        return life;
    }

    /** The steps of one case, planned in order; each a call of the services as its user. */
    final class Life {

        private final DemoPlan plan;
        private final AtomicLong id = new AtomicLong();
        private final AtomicReference<String> caseNo = new AtomicReference<>();
        private String phone;
        private LongSupplier filedBy;
        private LocalDateTime last;
        private String lastUser;
        private boolean stopped;
        private boolean solved;

        private Life(DemoPlan plan, String phone) {
            this.plan = plan;
            this.phone = phone;
        }

        /** Whether every step planned so far falls before today (the case got as far as planned). */
        boolean lived() {
            return !stopped;
        }

        /** Whether the case ends the demo resolved (or closed): a dissatisfied rating reopens it, unsolved again. */
        boolean solved() {
            return solved;
        }

        Life accept(LocalDateTime at, String dispatcher, boolean green) {
            return act(at, dispatcher, (c, v) -> workflow.accept(c, v, green));
        }

        Life reject(LocalDateTime at, String dispatcher, String reason) {
            return act(at, dispatcher, (c, v) -> workflow.reject(c, v, reason));
        }

        Life assign(LocalDateTime at, String dispatcher, LongSupplier department) {
            return act(at, dispatcher, (c, v) -> workflow.assign(c, v, department.getAsLong()));
        }

        Life start(LocalDateTime at, String staff) {
            return act(at, staff, workflow::start);
        }

        Life giveBack(LocalDateTime at, String staff, String reason) {
            return act(at, staff, (c, v) -> workflow.giveBack(c, v, reason));
        }

        /** The department asks for more working days; the dispatcher approves them a little later. */
        Life extend(LocalDateTime at, String staff, int days, String reason, String dispatcher) {
            act(at, staff, (c, v) -> workflow.requestExtension(c, v, days, reason));
            return act(at.plusHours(2), dispatcher, (c, v) -> workflow.decideExtension(c, v, true));
        }

        Life resolve(LocalDateTime at, String staff, String note) {
            act(at, staff, (c, v) -> workflow.resolve(c, v, note, null));
            solved = solved || !stopped;
            return this;
        }

        Life verify(LocalDateTime at, String dispatcher) {
            return act(at, dispatcher, workflow::verify);
        }

        /** The reporter rates the closed case on the tracking page (number and the last four digits of the phone). */
        Life rate(LocalDateTime at, Rating rating) {
            if (phone == null) {
                return this;
            }
            String tail = phone.substring(phone.length() - 4);
            step(at, null, () -> {
                CaseTracking.TrackPage page = tracking.rate(caseNo(), tail, rating, "10.8." + (id.get() % 200) + ".9");
                if (page.error() != null || page.tracking() == null) {
                    throw new IllegalStateException("rating refused: " + page.error());
                }
            });
            solved = solved && (stopped || rating != Rating.DISSATISFIED);
            return this;
        }

        private String caseNo() {
            if (caseNo.get() == null) {
                caseNo.set(cases.findById(id()).orElseThrow().getCaseNo());
            }
            return caseNo.get();
        }

        private long id() {
            if (id.get() == 0 && filedBy != null) {
                id.set(filedBy.getAsLong());
            }
            return id.get();
        }

        private interface Action {
            void on(long caseId, long version);
        }

        private Life act(LocalDateTime at, String user, Action action) {
            return step(at, user, () -> {
                long c = id();
                action.on(c, cases.findById(c).orElseThrow().getVersion());
            });
        }

        /** Plans the step unless it falls on today or later (then no step after it is planned either). */
        private Life step(LocalDateTime at, String user, Runnable action) {
            LocalDateTime when = last != null && !at.isAfter(last) ? last.plusMinutes(7) : at;
            if (last != null && !Objects.equals(user, lastUser) && hour(when).equals(hour(last))) {
                when = hour(last).plusHours(1).plusMinutes(4);
            }
            if (stopped || !when.toLocalDate().isBefore(plan.today())) {
                stopped = true;
                return this;
            }
            last = when;
            lastUser = user;
            batch(plan, when, user, action);
            return this;
        }
    }

    private static LocalDateTime hour(LocalDateTime at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }

    /** Adds the action to the step of its user and hour, planning that step when it is the first. */
    private void batch(DemoPlan plan, LocalDateTime at, String user, Runnable action) {
        Map<String, List<Timed>> ofPlan = batches.get(plan);
        if (ofPlan == null) {
            // A new load: the batches of an earlier plan are done with.
            batches.clear();
            ofPlan = new HashMap<>();
            batches.put(plan, ofPlan);
        }
        String key = user + "@" + hour(at);
        List<Timed> actions = ofPlan.get(key);
        if (actions == null) {
            List<Timed> list = new ArrayList<>();
            ofPlan.put(key, list);
            plan.at(hour(at), user, () -> {
                list.sort(Comparator.comparing(Timed::at));
                for (Timed t : list) {
                    if (clock instanceof MovableClock movable) {
                        movable.holdAt(t.at().atZone(clock.getZone()).toInstant());
                    }
                    t.action().run();
                }
            });
            actions = list;
        }
        actions.add(new Timed(at, action));
    }

    /** The same time on the next working day when the day is a Saturday or Sunday (staff work on weekdays). */
    static LocalDateTime weekday(LocalDateTime at) {
        DayOfWeek day = at.getDayOfWeek();
        return day == DayOfWeek.SATURDAY ? at.plusDays(2) : day == DayOfWeek.SUNDAY ? at.plusDays(1) : at;
    }
}
