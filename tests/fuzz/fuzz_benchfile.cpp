// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: BenchFile::parse and Bench::load, the bench files users edit and pass around.
// The bench is real (a dispatcher, the built-in profiles, its I/O threads); nothing connects, since
// only connectAll() or a job opens an instrument. A bench that loads saves a file that loads again.
#include "fuzzsupport.h"

#include "instruments/bench.h"
#include "instruments/benchfile.h"
#include "instruments/profileregistry.h"
#include "scheduler/dispatcher.h"

#include <QCoreApplication>

namespace {

/** Lives for the whole run: building a bench (and its threads) per input would be all we test. */
struct World
{
    QCoreApplication *app = nullptr;
    ld::ProfileRegistry profiles;
    ld::Dispatcher *dispatcher = nullptr;
    ld::Bench *bench = nullptr;
};

World &world()
{
    static World *w = new World;
    return *w;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    ld::fuzz::quietQt();
    World &w = world();
    w.app = new QCoreApplication(*argc, *argv);
    w.profiles.addDirectory(QStringLiteral(":/profiles"));
    w.dispatcher = new ld::Dispatcher(2);
    w.bench = new ld::Bench(w.dispatcher, &w.profiles);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ld::Bench &bench = *world().bench;
    const QStringList before = bench.names();
    QString error;
    if (!ld::BenchFile::load(&bench, ld::fuzz::bytes(data, size), &error)) {
        ld::fuzz::check(!error.isEmpty(), "a refused bench file says why");
        ld::fuzz::check(bench.names() == before, "a refused bench file changes nothing");
        return 0;
    }
    const QStringList loaded = bench.names();
    const QByteArray saved = bench.file().toJson();
    ld::fuzz::check(ld::BenchFile::load(&bench, saved, &error),
                    "a bench saves a file that loads again");
    ld::fuzz::check(bench.names() == loaded, "a saved bench loads the same instruments");
    return 0;
}
