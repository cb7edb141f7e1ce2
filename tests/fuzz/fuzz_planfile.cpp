// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: PlanFile::parse, the plan files users write and share, then what a run does
// with a plan before it starts: PlanValidator::validate against the built-in profiles and
// PlanSummary. A plan that reads writes a file that reads back to the same file.
#include "fuzzsupport.h"

#include "instruments/profileregistry.h"
#include "plans/planfile.h"
#include "plans/plansummary.h"
#include "plans/planvalidator.h"

namespace {

/** Lives for the whole run: one instrument of each built-in profile, named after its kind. */
struct World
{
    ld::ProfileRegistry profiles;
    ld::PlanInstruments instruments;
};

World &world()
{
    static World *w = new World;
    return *w;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ld::fuzz::quietQt();
    World &w = world();
    w.profiles.addDirectory(QStringLiteral(":/profiles"));
    for (const ld::DriverProfile &profile : w.profiles.profiles()) {
        const ld::DriverProfile *p = w.profiles.find(profile.id);
        w.instruments.insert(p->kind + QStringLiteral("1"), {p, p->kind});
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ld::PlanFile::Result result = ld::PlanFile::parse(ld::fuzz::bytes(data, size));
    ld::fuzz::check(result.plan.has_value() == result.error.isEmpty(),
                    "a plan reads, or there is an error, never both");
    if (!result.plan)
        return 0;
    const QByteArray written = ld::PlanFile::toJson(*result.plan);
    const ld::PlanFile::Result again = ld::PlanFile::parse(written);
    ld::fuzz::check(again.plan.has_value(), "a plan writes a file that reads again");
    ld::fuzz::check(ld::PlanFile::toJson(*again.plan) == written,
                    "a plan read back writes the same file");
    const QStringList errors = ld::PlanValidator::validate(*result.plan, world().instruments);
    ld::fuzz::check(errors.size() <= ld::PlanValidator::kMaxErrors, "errors are capped");
    const ld::PlanSummary summary = ld::PlanSummary::of(*result.plan, world().instruments);
    ld::fuzz::check(summary.minimumMs >= 0 || errors.size() > 0,
                    "a valid plan takes no negative time");
    summary.text();
    return 0;
}
