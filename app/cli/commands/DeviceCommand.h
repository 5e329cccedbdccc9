#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl device`: computers of a team database — ask to join from this computer, see where
/// the request stands, and (as an administrator) list, approve, refuse and revoke computers.
class DeviceCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCommand)

public:
    QString name() const override;
    QString usage() const override;
    /// Each subcommand opens what it needs: request and status work without the database key.
    Needs needs() const override { return Needs::Nothing; }
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;

private:
    int request();
    int status();
    int list();
    int approve(qint64 id);
    int refuse(qint64 id);
    int revoke(qint64 id);
    /// Opens the core and signs in, then runs `then` with the computer number named next.
    int signedInWithId(const std::function<int(qint64)>& then);
};

} // namespace warden
