#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace warden {

/// The usage text of wardenctl: the synopsis with the global options, the usage lines of the
/// commands given (all of them, or one verb's) and the exit codes.
class CliUsage
{
    Q_DECLARE_TR_FUNCTIONS(CliUsage)

public:
    static QString text(const QStringList& commandUsages);
};

} // namespace warden
