package com.example.boot3;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class HelloController {

    @GetMapping(value = "/", produces = "text/plain")
    public String hello() {
        return "hello from spring boot 3";
    }
}
