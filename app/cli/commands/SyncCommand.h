#pragma once

#include "CliCommand.h"

namespace warden {

struct DirectoryConnector;

/// `wardenctl sync`: an account's directory connector (Active Directory or LDAP) — configure,
/// show, test, and run (Sync All) with a preview.
class SyncCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    QString name() const override;
    QString usage() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;

private:
    int configure(const Account& account);
    int show(const Account& account);
    int test(const Account& account);
    int run(const Account& account);
    /// The stored settings with the options given on top (a new connector starts from --preset).
    Result<DirectoryConnector> settingsFromOptions(const Account& account);
    /// WARDEN_SYNC_PASSWORD, a prompt, or nothing (keep the keychain's) when editing.
    std::optional<QByteArray> passwordFromOptions(qint64 accountId, bool isNew);
};

} // namespace warden
