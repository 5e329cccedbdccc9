#pragma once

#include "CoreFixture.h"

namespace warden::test {

/// A master hierarchy beside the fixture's ACME: MASTER (domain master.test) → group GRP →
/// mail-processing MP1, and MP2 directly under MASTER; a second master OTHER with its own
/// leaf OMP. mia@master.test is MASTER's Master Administrator.
struct Hierarchy
{
    qint64 master = 0;
    qint64 group = 0;
    qint64 leaf = 0;
    qint64 otherLeaf = 0;
    qint64 foreignLeaf = 0;
    Actor masterAdmin;
};

Hierarchy buildHierarchy(CoreFixture& f);

} // namespace warden::test
