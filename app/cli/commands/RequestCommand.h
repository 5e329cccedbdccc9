#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl request`: change requests for protected roles — file, list, approve, reject, cancel.
class RequestCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RequestCommand)

public:
    QString name() const override;
    QString usage() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;

private:
    int list();
    int create();
    /// Runs `then` with the request number named next.
    int withId(const std::function<int(qint64)>& then);
    int approve(qint64 id);
};

} // namespace warden
