#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl admin`: Admin Management — an account's administrators, their roles and sign-in method, temporary
/// passwords and the break-glass backup credential.
class AdminCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommand)

public:
    QString name() const override;
    QString usage() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;

private:
    int list(const Account& account);
    int add(const Account& account);
    /// Runs `then` with the account of --account and the directory user named next, who must be in it.
    int withAdmin(const std::function<int(const Account&, qint64 userId)>& then);
    int edit(const Account& account, qint64 userId);
    int setBackup(const Account& account, qint64 userId);
    int reveal(const Account& account, qint64 userId);
    Result<AuthMethod> methodOption();
};

} // namespace warden
