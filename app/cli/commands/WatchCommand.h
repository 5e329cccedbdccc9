#pragma once

#include "CliCommand.h"
#include "domain/ChangeRecord.h"

#include <QSet>

namespace warden {

/// `wardenctl watch [--account C] [--json]`: prints each change other consoles commit, as it
/// happens, until interrupted — one line (or one JSON object per line) per change, only of
/// accounts the signed-in administrator may see.
class WatchCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)

public:
    QString name() const override;
    QString usage() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;

private:
    void show(const ChangeRecord& record);
    [[nodiscard]] Status refreshVisible();

    QSet<qint64> m_visible;
    qint64 m_onlyAccount = 0;
};

} // namespace warden
