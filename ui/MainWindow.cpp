#include "MainWindow.h"

#include "CoreServices.h"

#include <QLabel>
#include <QStatusBar>

namespace warden {

MainWindow::MainWindow(CoreServices& core, Actor actor, QWidget* parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Warden"));
    resize(1200, 760);
    auto* placeholder = new QLabel(tr("Signed in. The Admin Roles console opens here."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    buildStatusBar();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildStatusBar()
{
    auto names = m_core.authorizer().roleNames(m_actor, m_actor.homeAccountId);
    const QString roles = names && !names.value().isEmpty() ? names.value().join(QStringLiteral(", ")) : tr("no role");
    auto* who = new QLabel(tr("Signed in as %1 — %2").arg(m_actor.email, roles), this);
    who->setObjectName(QStringLiteral("signedInLabel"));
    statusBar()->addPermanentWidget(who);
}

} // namespace warden
