package com.example.vertx;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;

/** Answers GET / with "hello from vert.x" on port 8084. */
public class MainVerticle extends VerticleBase {

  static final int PORT = 8084;

  @Override
  public Future<?> start() {
    Router router = Router.router(vertx);
    router.get("/").handler(ctx -> ctx.response()
      .putHeader("content-type", "text/plain")
      .end("hello from vert.x\n"));
    return vertx.createHttpServer()
      .requestHandler(router)
      .listen(PORT)
      .onSuccess(http -> System.out.println("HTTP server started on port " + http.actualPort()));
  }
}
