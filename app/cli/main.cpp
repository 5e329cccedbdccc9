#include "CliApplication.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Warden"));
    QCoreApplication::setApplicationName(QStringLiteral("warden"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WARDEN_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    warden::CliApplication cli(out, err, in);
    return cli.run(QCoreApplication::arguments().mid(1));
}
