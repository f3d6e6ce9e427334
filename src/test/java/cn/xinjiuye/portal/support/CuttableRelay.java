package cn.xinjiuye.portal.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay to the portal that a journey can cut, as a phone loses its signal: while cut, every connection
 * through it is closed at once, including the ones a service worker opens (DevTools' network emulation of a page
 * does not reach its worker). Listens on 127.0.0.1 (a secure context, as service workers require).
 */
public final class CuttableRelay implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean up = true;

    public CuttableRelay(int target) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.target = target;
        Thread accepting = new Thread(this::accept, "relay-" + target);
        accepting.setDaemon(true);
        accepting.start();
    }

    /** The base URL through the relay, e.g. {@code http://127.0.0.1:40123}. */
    public String base() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** No connection from now on; the open ones are closed. */
    public void cut() {
        up = false;
        open.forEach(CuttableRelay::quietly);
        open.clear();
    }

    public void restore() {
        up = true;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket in = server.accept();
                if (!up) {
                    quietly(in);
                    continue;
                }
                Socket out = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(in);
                open.add(out);
                pipe(in, out);
                pipe(out, in);
            } catch (IOException closedOrRefused) {
                // the relay was closed, or one connection failed: the browser sees it fail
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try {
                from.getInputStream().transferTo(to.getOutputStream());
            } catch (IOException cutOff) {
                // cut() or the other side closed
            } finally {
                quietly(from);
                quietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
        t.setDaemon(true);
        t.start();
    }

    private static void quietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        cut();
        server.close();
    }
}
